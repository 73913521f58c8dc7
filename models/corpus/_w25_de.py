"""w25 German bank: small firms, team leads, HR generalists, Personalvermittler in DE/AT/CH."""

LANG = "de"

COMPANIES = {
    "de": [
        ("Schreinerei Kolbeck", "kolbeck-holz.de", "Rosenheim"), ("Elektro Dannhauer GmbH", "dannhauer-elektro.de", "Kassel"),
        ("Brunnhuber Logistik", "brunnhuber-log.de", "Regensburg"), ("Kanzlei Voss & Partner", "voss-partner.de", "Bremen"),
        ("Nordlicht Software", "nordlicht-sw.de", "Kiel"), ("Hafenkontor Reederei", "hafenkontor.de", "Hamburg"),
        ("Backhaus Ohlendorf", "backhaus-ohlendorf.de", "Hannover"), ("Feldmann Maschinenbau", "feldmann-mb.de", "Bielefeld"),
        ("Praxis Dr. Sommerfeld", "praxis-sommerfeld.de", "Leipzig"), ("Quellwerk Energie", "quellwerk.de", "Freiburg"),
        ("Lindenhof Pflege", "lindenhof-pflege.de", "Erfurt"), ("Kranich Design Studio", "kranich-studio.de", "Berlin"),
        ("Mühlbauer Steuerberatung", "muehlbauer-stb.de", "Augsburg"), ("Tannwald Outdoor", "tannwald.de", "Stuttgart"),
        ("Rheinkiesel Medien", "rheinkiesel.de", "Köln"), ("Bauunternehmen Hessler", "hessler-bau.de", "Fulda"),
        ("Zwirnerei Bachmann", "bachmann-textil.de", "Chemnitz"), ("Datenhafen Analytics", "datenhafen.io", "München"),
        ("Gärtnerei Wiesengrund", "wiesengrund-gaertnerei.de", "Potsdam"), ("Autohaus Renner", "autohaus-renner.de", "Ulm"),
        ("Fahrradmanufaktur Speiche", "speiche-rad.de", "Münster"), ("Kaffeerösterei Bohnenglück", "bohnenglueck.de", "Dresden"),
        ("Ostwind Immobilien", "ostwind-immo.de", "Rostock"), ("Sanitär Pohlmann", "pohlmann-sanitaer.de", "Dortmund"),
        ("Lernwerkstatt Funke", "lernwerkstatt-funke.de", "Mainz"), ("Brauerei Hopfenkrone", "hopfenkrone.de", "Bamberg"),
    ],
    "at": [
        ("Tischlerei Hinterberger", "hinterberger-tischlerei.at", "Salzburg"), ("Alpenblick Hotels", "alpenblick-hotels.at", "Innsbruck"),
        ("Donauwerk IT", "donauwerk.at", "Linz"), ("Steuerkanzlei Pichler", "pichler-stb.at", "Graz"),
        ("Heuriger Gschwandtner", "gschwandtner.at", "Wien"), ("Murtal Kunststofftechnik", "murtal-kt.at", "Judenburg"),
        ("Wiener Zuckerlmanufaktur", "zuckerlmanufaktur.at", "Wien"), ("Kärntner Seenbahn", "seenbahn.at", "Klagenfurt"),
        ("Bergfeuer Software", "bergfeuer.at", "Dornbirn"), ("Apotheke zum Hirschen", "hirschen-apotheke.at", "Wels"),
        ("Pongauer Holzbau", "pongauer-holzbau.at", "St. Johann"), ("Grätzl Media", "graetzl-media.at", "Wien"),
    ],
    "ch": [
        ("Zürrer Feinmechanik AG", "zuerrer.ch", "Winterthur"), ("Gletscher Treuhand", "gletscher-treuhand.ch", "Chur"),
        ("Aarewerk Solutions", "aarewerk.ch", "Bern"), ("Confiserie Meierhans", "meierhans-confiserie.ch", "Luzern"),
        ("Rheinbrücke Versicherungen", "rheinbruecke.ch", "Basel"), ("Limmat Robotics", "limmat-robotics.ch", "Zürich"),
        ("Gartenbau Stucki", "stucki-gartenbau.ch", "Thun"), ("Säntis Medtech", "saentis-medtech.ch", "St. Gallen"),
        ("Bündner Bergbahnen", "buendner-bahnen.ch", "Davos"), ("Spitex Seeland", "spitex-seeland.ch", "Biel"),
        ("Zuger Kapitalpartner", "zkp.ch", "Zug"), ("Velowerk Ruedi", "velowerk.ch", "Aarau"),
    ],
}

AGENCIES = [("Brückner Personalberatung", "brueckner-personal.de"), ("Talentkompass", "talentkompass.de"),
            ("Kopfwerk Personal", "kopfwerk-personal.at"), ("Alpstein Executive", "alpstein-exec.ch"),
            ("Hanse Personalvermittlung", "hanse-pv.de"), ("fachkraft24 Vermittlung", "fachkraft24.de")]
ANON_CLIENT = ["meinem Kunden", "unserem Mandanten", "dem Unternehmen", "meinem Auftraggeber"]
AGENCY_TITLES = ["Senior Consultant", "Personalberaterin", "Personalvermittler", "Recruiting Consultant", "Geschäftsführer"]

ROLES = ["Elektroniker (m/w/d)", "Sachbearbeiterin Buchhaltung", "Backend-Entwickler", "Projektleitung Bau", "Servicetechniker",
         "Pflegefachkraft", "Steuerfachangestellte", "Junior Data Analyst", "Lagerlogistiker", "Werkstudent Marketing",
         "Schreinergeselle", "Frontend Developer", "Office Managerin", "Teamleitung Kundenservice", "Vertriebsinnendienst",
         "IT-Systemadministrator", "Grafikdesignerin", "Konstrukteur", "Bäckereifachverkäuferin", "Rezeptionist",
         "Controller", "UX Designer", "Disponent", "Assistenz der Geschäftsführung", "DevOps Engineer", "Kfz-Mechatroniker"]
FIRST = ["Katrin", "Jürgen", "Sabine", "Matthias", "Ulrike", "Florian", "Petra", "Stefan", "Birgit", "Andreas", "Nadine",
         "Thomas", "Heike", "Markus", "Vreni", "Reto", "Barbara", "Sepp", "Monika", "Dominik", "Anneliese", "Kai", "Svenja",
         "Wolfgang", "Elif", "Michael", "Jana", "Beat", "Gerlinde", "Tim"]
LAST = ["Huber", "Schäfer", "Wagner", "Brunner", "Fischer", "Gruber", "Meier", "Keller", "Hoffmann", "Steiner", "Zimmermann",
        "Bauer", "Frei", "Wimmer", "Yilmaz", "Krause", "Lehmann", "Moser", "Schmid", "Hartmann", "Baumgartner", "Vogt"]
DAYS = ["Montag, 14.", "Dienstag, 22. Juli", "nächsten Mittwoch", "Donnerstag, 9. Oktober", "Freitag", "kommenden Dienstag",
        "Mittwoch, 3. September", "Montag in zwei Wochen", "18. März", "Donnerstag nächster Woche"]
SALARIES = ["48.000 € brutto im Jahr", "3.450 € brutto monatlich (13 Gehälter)", "CHF 92'000 pro Jahr",
            "52.500 € p.a. plus Jahresbonus", "€ 2.980 brutto x 14", "42.000 EUR fix zzgl. Fahrtkostenzuschuss",
            "65.000 € brutto jährlich"]
STARTS = ["1. Oktober", "Anfang nächsten Monats", "1. Jänner", "15. September", "so bald wie möglich", "1. August"]
PHONES = ["Tel. +49 89 2317 448", "+43 662 88 19 20", "Tel: 044 512 33 80", "Mobil 0171 4482913", "+49 (0)40 55 21 09-12",
          "T +41 31 302 44 11"]
HR_DISPLAY = ["Personalabteilung {co}", "{co} Personal", "Bewerbung {co}", "{co} | Karriere", "HR {co}"]
HR_LOCAL = ["personal", "bewerbung", "jobs", "hr", "karriere"]

GREET = {
    "formal": ["Sehr geehrte/r Frau/Herr {last},", "Guten Tag {name} {last},", "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
               "Guten Tag,", "Sehr geehrte*r {name} {last},", "Grüezi {name} {last}", "Grüß Gott {name} {last},",
               "Liebe/r {name} {last},"],
    "informal": ["Hallo {name},", "Hi {name}!", "Liebe/r {name},", "Servus {name},", "Moin {name},", "Hoi {name}",
                 "Hallo {name} :)", "{name},", "Hey {name},"],
}
SIGNOFF = {
    "formal": ["Mit freundlichen Grüßen", "Freundliche Grüsse", "Beste Grüße", "Mit besten Grüßen aus {city}",
               "Freundliche Grüße", "Hochachtungsvoll", "Herzliche Grüße"],
    "informal": ["Viele Grüße", "LG", "Liebe Grüße", "Grüße", "Beste Grüße", "Gruß", "Cheers", "Servus", "Liebi Grüess",
                 "Bis bald"],
}
FOOTERS = [
    "{co} | Sitz: {city} | Registergericht: Amtsgericht {city} HRB 4{num}71 | Geschäftsführung: {sender}",
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
    "Informationen zum Datenschutz im Bewerbungsverfahren finden Sie unter www.{dom}/datenschutz",
    "{co} – Firmenbuchnummer FN 2{num}80x, Firmenbuchgericht {city}. UID ATU6382{num}",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    "Handelsregister-Nr. CHE-109.{num}.554 | MWST-Nr. | {co}, {city}",
]

S = {
    "thanks_apply": [
        "vielen Dank für Ihre Bewerbung als {role} und das Interesse an {co}.",
        "danke, dass Sie sich bei uns als {role} beworben haben.",
        "danke nochmal für deine Unterlagen und das nette Telefonat letzte Woche.",
        "vielen Dank für das angenehme Gespräch bei uns in {city} und die Zeit, die Sie sich genommen haben.",
        "wir haben uns über Ihre Bewerbung für die Stelle {role}{ref} sehr gefreut.",
        "erstmal danke für deine Zeit beim Probetag, das Team fand es nett mit dir.",
        "ich melde mich wie versprochen wegen der Stelle als {role}.",
        "herzlichen Dank für Ihr Interesse an einer Mitarbeit in unserem Betrieb.",
        "du hattest dich ja bei uns als {role} beworben, und ich wollte dich nicht länger warten lassen.",
        "Ihre Unterlagen haben wir inzwischen in Ruhe durchgesehen und im Team besprochen.",
    ],
    "rej_soft": [
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.",
        "Nach reiflicher Überlegung haben wir uns dazu entschlossen, den Prozess mit anderen Kandidaten fortzusetzen.",
        "Es tut mir wirklich leid, aber wir werden dir diesmal keine Zusage geben können.",
        "Wir haben es uns nicht leicht gemacht, am Ende ist die Wahl aber auf jemand anderen gefallen.",
        "Ehrlich gesagt war es knapp, aber wir gehen mit einem anderen Bewerber weiter.",
        "Leider können wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen.",
        "Wir waren von Ihrem Profil angetan, müssen Ihnen heute aber trotzdem eine Absage erteilen.",
        "Schweren Herzens muss ich dir absagen.",
        "Nach dem zweiten Gespräch haben wir uns im Team abgestimmt und entschieden, Ihnen kein Angebot zu machen.",
        "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keine Stelle anbieten können.",
        "Leider hat es dieses Mal nicht geklappt.",
        "Für die weiteren Runden haben wir leider andere Bewerbungen ausgewählt.",
    ],
    "rej_blunt": [
        "Wir sagen ab.",
        "Leider passt es nicht.",
        "Kurz und knapp: wir nehmen dich nicht.",
        "Wir werden Ihre Bewerbung nicht weiter verfolgen.",
        "Absage, sorry.",
        "Das wird leider nix mit uns.",
        "Wir haben uns gegen eine Einstellung entschieden.",
        "Ihre Bewerbung kommt für uns nicht in Frage.",
    ],
    "no_fb": [
        "Bitte haben Sie Verständnis, dass wir aus Zeitgründen keine individuellen Rückmeldungen geben können.",
        "Wir hatten sehr viele gute Bewerbungen und die Entscheidung ist uns schwer gefallen.",
        "Aus rechtlichen Gründen dürfen wir keine Begründung nennen.",
        "Es lag an keinem einzelnen Punkt, es waren einfach sehr viele starke Leute dabei.",
        "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
    ],
    "luck": [
        "Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.",
        "Ich wünsch dir viel Erfolg bei der Suche, du findest bestimmt was Passendes!",
        "Alles Gute und viel Glück!",
        "Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.",
        "Bleib dran – und melde dich gern, wenn du mal in der Gegend bist.",
        "Viel Erfolg weiterhin, privat wie beruflich.",
    ],
    "pool": [
        "Wenn Sie einverstanden sind, behalten wir Ihre Unterlagen für zukünftige Vakanzen.",
        "Sollte sich wieder etwas ergeben, melde ich mich gern bei dir.",
        "Schauen Sie gern immer mal wieder auf unserer Karriereseite vorbei.",
        "Wir würden Ihr Profil gern in unserem Talentpool behalten – sagen Sie Bescheid, falls nicht.",
    ],
    "fb_intro": [
        "Sie hatten um eine kurze Einschätzung gebeten, daher ein paar Worte dazu:",
        "Damit du etwas mitnehmen kannst, noch ein ehrliches Feedback aus dem Team:",
        "Zur Begründung kurz unsere Eindrücke aus dem Gespräch:",
        "Ein paar Punkte, die uns aufgefallen sind:",
        "Vielleicht hilft dir das für die nächsten Gespräche:",
        "Unser Eindruck war insgesamt gemischt.",
        "Ganz offen gesagt:",
    ],
    "praise": [
        "Ihre Motivation und Ihr freundliches Auftreten haben uns gut gefallen.",
        "Fachlich hast du einen soliden Eindruck gemacht, das wollte ich ausdrücklich sagen.",
        "Die Arbeitsprobe war sauber gemacht.",
        "Sympathisch warst du allen, daran lag es nicht.",
        "Ihre Vorbereitung auf unser Unternehmen war vorbildlich.",
        "Beim praktischen Teil warst du richtig fix.",
    ],
    "inv_open": [
        "vielen Dank für Ihre Bewerbung – Ihr Profil hat uns neugierig gemacht.",
        "deine Bewerbung hat uns gefallen und wir würden dich gern kennenlernen!",
        "gute Nachrichten: wir möchten Sie gern persönlich kennenlernen.",
        "nach Sichtung Ihrer Unterlagen würden wir gern den nächsten Schritt mit Ihnen gehen.",
        "ich habe deine Unterlagen an unseren Teamleiter weitergegeben und der will dich unbedingt sprechen.",
        "danke für das erste Telefonat, das hat gut gepasst.",
    ],
    "inv_step": {
        "kennenlernen": ["Hätten Sie Zeit für ein Kennenlerngespräch bei uns vor Ort in {city}?",
                         "Lass uns doch auf einen Kaffee zusammensitzen und schauen, ob es passt – ganz locker."],
        "probetag": ["Wir würden dich gern zu einem Probetag in die Werkstatt einladen, damit du das Team kennenlernst.",
                     "Als nächsten Schritt laden wir Sie zu einem Probearbeiten ein (ca. vier Stunden, wird natürlich vergütet)."],
        "video": ["Wir möchten Sie zu einem ersten Videogespräch über Teams einladen, Dauer etwa 45 Minuten.",
                  "Magst du ein kurzes Video-Call mit mir und unserer CTO machen? So 30 Minuten reichen."],
        "fach": ["Im zweiten Gespräch geht es dann um fachliche Fragen mit zwei Kollegen aus dem Team – wir laden Sie herzlich dazu ein.",
                 "Wir würden gern eine technische Runde mit Ihnen machen, in der wir gemeinsam an einer kleinen Aufgabe arbeiten."],
        "aufgabe": ["Bevor wir uns treffen, schicken wir Ihnen eine kleine Fallstudie, die Sie bis {day} bearbeiten können – danach sprechen wir darüber.",
                    "Wir hätten gern, dass du eine kurze Arbeitsprobe machst; die Aufgabe kommt morgen per Mail."],
        "telefon": ["Passt Ihnen ein kurzes Telefonat von 20 Minuten, um erste Fragen zu klären?",
                    "Können wir kurz telefonieren? Ich würde dir gern die Stelle genauer erklären und ein paar Fragen stellen."],
        "chef": ["Unser Geschäftsführer möchte Sie gern zu einem abschließenden Gespräch treffen.",
                 "Die letzte Runde wäre ein Gespräch mit der Inhaberin, ganz entspannt im Büro."],
    },
    "inv_when": [
        "Wie sieht es bei Ihnen am {day} um {time} Uhr aus? Alternativ ginge auch {day2} um {time2}.",
        "Such dir hier einfach einen Termin aus: {link}",
        "Vorschlag: {day}, {time} Uhr. Falls das nicht klappt, nenn mir gern zwei, drei Alternativen.",
        "Termine hätten wir am {day} oder {day2}, jeweils ab {time2} Uhr.",
        "Den Link zum Gespräch finden Sie hier: {link} – bitte wählen Sie einen passenden Slot.",
        "Adresse: {co}, Hauptstraße {num}, {city}. Bitte am Empfang melden.",
    ],
    "inv_confirm": [
        "Bitte geben Sie uns kurz Bescheid, ob der Termin passt.",
        "Gib mir einfach kurz Rückmeldung.",
        "Wir freuen uns auf Sie!",
        "Bringen Sie gern Ihre Zeugnisse im Original mit.",
        "Melde dich, falls du Fragen hast – bis dann!",
    ],
    "reschedule": [
        "leider muss ich unser Gespräch am {day} verschieben, mir ist ein Kundentermin dazwischengekommen.",
        "wegen einer Krankheit im Team müssen wir den geplanten Termin leider verlegen – das Gespräch findet aber natürlich statt.",
        "kurze Info: unser Kennenlernen müssten wir auf einen anderen Tag legen. Tut mir leid für die Umstände!",
    ],
    "rejinv_bridge": [
        "Für die ausgeschriebene Stelle haben wir uns anders entschieden. Allerdings suchen wir ab Herbst jemanden als {role2}, und da passt Ihr Profil sehr gut.",
        "Die Stelle als {role} geht an jemand anderen – aber: in unserem Team in {city} ist gerade eine Stelle als {role2} frei geworden, die besser zu dir passt.",
        "Für {role} wird es nichts, für eine andere Position würden wir dich aber gern sprechen.",
    ],
    "ack_core": [
        "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind gut bei uns angekommen.",
        "danke für deine Bewerbung, ist angekommen!",
        "hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen{ref}.",
        "kurze Rückmeldung: Ihre Mail mit Lebenslauf und Zeugnissen haben wir erhalten.",
        "danke für deine Unterlagen, ich hab sie an unsere Werkstattleitung weitergegeben.",
        "wir haben Ihre Bewerbung für die Position {role} erhalten und freuen uns über Ihr Interesse.",
    ],
    "ack_next": [
        "Wir melden uns innerhalb von zwei bis drei Wochen bei Ihnen.",
        "Ich melde mich nächste Woche, sobald der Chef aus dem Urlaub zurück ist.",
        "Bitte haben Sie etwas Geduld, wir sichten alle Bewerbungen bis Monatsende.",
        "Du hörst bald von uns!",
        "Sobald wir alle Unterlagen gesichtet haben, geben wir Ihnen Bescheid.",
    ],
    "ackinv_step": [
        "Als ersten Schritt bitten wir alle Bewerber:innen, einen kurzen Online-Test (ca. 30 Minuten) zu machen: {link}",
        "Damit es schneller geht: schick mir gern gleich ein paar Terminvorschläge für ein kurzes Telefonat diese Woche.",
        "Wir laden Sie direkt zu einem Videointerview ein – die Zeit können Sie hier selbst buchen: {link}",
    ],
    "offer_core": [
        "wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können!",
        "ich mach's kurz: wir wollen dich! Hiermit bekommst du unsere Zusage als {role}.",
        "nach den guten Gesprächen möchten wir Ihnen gern einen Arbeitsvertrag anbieten.",
        "im Anhang finden Sie unser Vertragsangebot für die Position {role}.",
        "wie am Telefon besprochen, hier nochmal schriftlich: wir bieten Ihnen die Stelle an.",
    ],
    "offer_detail": [
        "Das Gehalt liegt bei {salary}, Start wäre der {start}.",
        "Angebot: {salary}, 30 Tage Urlaub, Beginn {start}, unbefristet.",
        "Konditionen wie besprochen – {salary}, Probezeit sechs Monate, Arbeitsbeginn {start}.",
        "Wir bieten {salary} und würden uns freuen, wenn du am {start} anfangen könntest.",
    ],
    "offer_deadline": [
        "Bitte geben Sie uns bis {deadline} Bescheid, ob Sie das Angebot annehmen.",
        "Überleg's dir in Ruhe und sag mir bis {deadline} Bescheid.",
        "Für Rückfragen zum Vertrag stehe ich jederzeit zur Verfügung.",
        "Wenn alles passt, schicken Sie uns den Vertrag einfach unterschrieben zurück.",
    ],
    "fbreply_open": [
        "danke für Ihre Nachricht, gern gebe ich Ihnen eine kurze Rückmeldung.",
        "klar, gern sag ich dir, woran es lag.",
        "Ihre Bitte um Feedback finde ich gut, deshalb hier ein paar ehrliche Worte.",
        "ich habe mit den Kollegen nochmal gesprochen und kann dir Folgendes mitgeben:",
    ],
    "fbreply_close": [
        "Ich hoffe, das hilft Ihnen weiter.",
        "Nimm's nicht persönlich, das wird schon!",
        "Alles Gute für die nächsten Gespräche.",
        "Viel Erfolg und danke nochmal für Ihr Interesse.",
    ],
}

REASON = {
    "role_filled": ["Die Stelle konnten wir inzwischen intern besetzen.", "Die Position ist mittlerweile vergeben.",
                    "Ein ehemaliger Kollege kommt zurück und übernimmt die Stelle.", "Wir haben die Stelle schon letzte Woche besetzt."],
    "budget_freeze": ["Wegen der aktuellen Auftragslage dürfen wir dieses Jahr niemanden mehr einstellen.",
                      "Die Geschäftsleitung hat einen Einstellungsstopp verhängt.", "Das Budget für die Stelle wurde leider gestrichen."],
    "closer_fit": ["Eine andere Bewerberin bringt genau die Branchenerfahrung mit, die wir gesucht haben.",
                   "Ein anderer Kandidat kennt unsere Software schon aus seinem jetzigen Job.",
                   "Wir haben jemanden gefunden, dessen Werdegang noch näher an der Stelle ist."],
    "level_mismatch": ["Für die Stelle brauchen wir doch jemanden mit deutlich mehr Berufsjahren.",
                       "Ehrlich gesagt wären Sie für die Position überqualifiziert.",
                       "Wir suchen eher jemanden auf Junior-Niveau."],
    "role_cancelled": ["Die Stelle wird aufgrund einer Umstrukturierung nicht besetzt.",
                       "Das Projekt, für das wir gesucht haben, wurde gestoppt – die Stelle entfällt.",
                       "Wir haben die Ausschreibung zurückgezogen."],
}

WEAK = {
    "coding": ["Bei der Programmieraufgabe war der Code ziemlich unaufgeräumt und ein paar Randfälle haben gefehlt.",
               "Beim Live-Coding bist du recht schnell ins Stocken gekommen.",
               "Die Lösung der Aufgabe hat zwar funktioniert, war aber schwer lesbar und ohne Tests."],
    "system_design": ["Bei der Frage, wie das System mit zehnmal mehr Nutzern umgehen würde, blieb es leider sehr vage.",
                      "Die Architektur-Skizze hat uns nicht überzeugt, zum Beispiel fehlte ein Gedanke zu Ausfällen und Last.",
                      "Wir hätten uns mehr Überlegungen gewünscht, wie die Teile des Systems zusammenspielen."],
    "technical_depth": ["Bei den Detailfragen zu Datenbanken ist es oft an der Oberfläche geblieben.",
                        "Fachlich ging es uns an manchen Stellen nicht tief genug, etwa bei der Schaltungstechnik.",
                        "Wenn wir nachgebohrt haben, fehlte oft das Warum hinter den Antworten."],
    "behavioural": ["Auf die Frage nach einer schwierigen Situation im Job kam leider kein konkretes Beispiel.",
                    "Ihre Beispiele aus früheren Projekten blieben sehr allgemein, wir konnten uns kein Bild machen, was Sie selbst beigetragen haben."],
    "communication": ["Manchmal waren die Antworten sehr lang und wir haben den roten Faden verloren.",
                      "Du hast sehr leise und schnell gesprochen, das war teils schwer zu folgen.",
                      "Es fiel Ihnen schwer, komplizierte Sachverhalte einfach zu erklären."],
    "questions_to_ask": ["Am Ende hatten Sie keine Fragen an uns, das wirkte etwas desinteressiert.",
                         "Rückfragen zur Stelle oder zum Team kamen kaum."],
    "composure": ["Man hat gemerkt, dass du sehr nervös warst, und unter Zeitdruck ging dann einiges durcheinander.",
                  "Als es beim Test hakte, haben Sie sichtlich die Ruhe verloren."],
    "experience_level": ["Uns fehlt noch etwas Praxiserfahrung, gerade im Umgang mit Kunden.",
                         "Für die Verantwortung in der Rolle haben Sie noch zu wenig Jahre im Beruf."],
    "collaboration": ["Bei der Gruppenübung hast du wenig auf die anderen eingehen können.",
                      "Wir hatten den Eindruck, dass Sie lieber allein arbeiten – bei uns läuft aber alles im Team."],
    "cv_positioning": ["Aus dem Lebenslauf ging nicht klar hervor, was Sie in Ihren letzten Stellen eigentlich gemacht haben.",
                       "Dein Anschreiben war sehr allgemein, der Bezug zu unserer Stelle hat gefehlt.",
                       "Die Mappe war unübersichtlich, die besten Arbeiten lagen ganz hinten."],
}

SUBJ = {
    "rej": ["Ihre Bewerbung als {role}", "Absage", "Deine Bewerbung bei {co}", "Rückmeldung zu Ihrer Bewerbung",
            "Bewerbung {role}{ref}", "AW: Bewerbung als {role}", "Unsere Entscheidung", "{co} – Ihre Bewerbung",
            "Rückmeldung Probetag"],
    "inv": ["Einladung zum Vorstellungsgespräch", "Kennenlernen?", "Einladung Probetag 🙂", "Ihre Bewerbung – nächster Schritt",
            "Terminvorschlag", "AW: Bewerbung {role}", "{co}: Einladung zum Gespräch", "Kurzes Telefonat?", "Gespräch {role}{ref}"],
    "resched": ["Terminverschiebung Vorstellungsgespräch", "AW: Einladung zum Gespräch – neuer Termin", "Neuer Termin?"],
    "ack": ["Eingangsbestätigung", "Ihre Bewerbung ist eingegangen", "AW: Bewerbung als {role}", "Bewerbung erhalten",
            "Danke für deine Bewerbung!", "Eingangsbestätigung Ihrer Bewerbung{ref}"],
    "offer": ["Zusage", "Vertragsangebot {role}", "Gute Nachrichten 🎉", "Ihr Arbeitsvertrag", "Angebot – {co}",
              "AW: Zweites Gespräch", "Zusage!"],
    "fbreq": ["Bitte um kurzes Feedback", "Feedback zu meiner Bewerbung", "Rückfrage zur Absage", "Kurze Frage zum Gespräch"],
}

SENT = {
    "fbreq_open": ["vielen Dank für Ihre Rückmeldung, auch wenn ich natürlich etwas enttäuscht bin.",
                   "danke für die ehrliche Absage.", "schade, dass es nicht geklappt hat – danke trotzdem für die schnelle Info.",
                   "ich habe Ihre Nachricht erhalten und respektiere die Entscheidung.",
                   "danke, dass du dich so schnell gemeldet hast."],
    "fbreq_ask": ["Wäre es möglich, mir kurz zu sagen, woran es lag? Das würde mir für künftige Bewerbungen sehr helfen.",
                  "Hätten Sie ein paar Minuten, mir ein Feedback zum Gespräch zu geben? Was hätte ich besser machen können?",
                  "Magst du mir sagen, was den Ausschlag gegeben hat? Ich will daraus lernen.",
                  "Dürfte ich Sie um eine kurze Einschätzung bitten, wo Sie bei mir Schwächen gesehen haben?",
                  "Gibt es etwas an meinem Profil oder der Arbeitsprobe, woran ich arbeiten sollte?"],
    "fbreq_close": ["Vielen Dank im Voraus!", "Danke und alles Gute für das Team.", "Ich freue mich über jede Rückmeldung, auch kurz.",
                    "Danke dir!"],
}

NEG = [
    # INBOX: status pings, reminders, after-interview thanks
    ("INBOX", "co", "person", "Zwischenbescheid zu Ihrer Bewerbung",
     "<G>\n\nwir möchten Ihnen kurz mitteilen, dass das Auswahlverfahren für die Stelle {role} noch läuft. Aufgrund der vielen Bewerbungen dauert es etwas länger, wir melden uns spätestens Ende des Monats.\n\nDanke für Ihre Geduld!\n\n<SIG>"),
    ("INBOX", "co", "person", "AW: Stand meiner Bewerbung?",
     "<G>\n\nsorry für die Funkstille, der Chef ist noch im Urlaub. Deine Bewerbung liegt noch bei uns, entschieden ist nichts. Ich melde mich!\n\n<SIG>"),
    ("INBOX", "co", "person", "Erinnerung: unser Gespräch am {day}",
     "<G>\n\nnur zur Erinnerung: wir sehen uns wie vereinbart am {day} um {time} Uhr bei uns in {city}. Parkplätze gibt es im Hof.\n\n<SIG>"),
    ("INBOX", "co", "person", "Morgen {time} Uhr",
     "<G>\n\nkurze Erinnerung an morgen – der Teams-Link aus der Einladung bleibt gleich. Bis dann!\n\n<SIG>"),
    ("INBOX", "co", "person", "Danke für das Gespräch heute",
     "<G>\n\nvielen Dank für Ihren Besuch heute und das offene Gespräch. Wir sprechen jetzt noch mit zwei weiteren Personen und melden uns dann bei Ihnen.\n\n<SIG>"),
    ("INBOX", "co", "person", "Terminbestätigung",
     "<G>\n\ndanke, der {day} um {time} passt uns gut. Der Termin ist eingetragen, wir freuen uns.\n\n<SIG>"),
    ("INBOX", "co", "person", "Willkommen an Bord – Unterlagen für den Start",
     "<G>\n\nschön, dass Sie unser Angebot angenommen haben! Für die Lohnabrechnung brauchen wir noch Steuer-ID, Sozialversicherungsnummer und Ihre Bankverbindung. Den Personalbogen finden Sie im Anhang.\n\n<SIG>"),
    ("INBOX", "co", "person", "Dein erster Tag",
     "<G>\n\nam {start} geht's los! Komm bitte um 8 Uhr in die Werkstatt, Arbeitskleidung stellen wir. Schlüssel bekommst du von mir.\n\n<SIG>"),
    # current job
    ("INBOX", None, "person", "Dienstplan KW 38",
     "<G>\n\nanbei der neue Dienstplan. Bitte beachtet, dass am Samstag zwei Leute krank sind – wer kann die Spätschicht übernehmen?\n\n<SIG>"),
    ("INBOX", None, "person", "Kannst du beim Bewerbungsgespräch dabei sein?",
     "<G>\n\nwir haben am {day} um {time} eine Bewerberin für die Stelle im Lager. Kannst du beim Gespräch mitmachen und ihr ein paar fachliche Fragen stellen? Die Unterlagen schick ich dir vorher.\n\n<SIG>"),
    ("INBOX", None, "person", "Urlaubsantrag genehmigt",
     "<G>\n\ndein Urlaub vom 4. bis 15. August ist genehmigt. Bitte trag ihn noch in die Liste ein.\n\n<SIG>"),
    # landlord / courses / authorities
    ("INBOX", None, "person", "Ihre Anfrage zur Wohnung in der Gartenstraße",
     "<G>\n\nvielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung. Leider haben wir uns für andere Mietinteressenten entschieden. Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.\n\nHausverwaltung Brenner"),
    ("INBOX", None, "Volkshochschule {city}|anmeldung@vhs-kurse.de", "Ihre Anmeldung: Kurs ausgebucht",
     "Guten Tag,\n\nleider ist der Kurs \"Excel für Fortgeschrittene\" bereits ausgebucht, wir können Sie nicht berücksichtigen. Sie stehen auf der Warteliste.\n\nIhre VHS"),
    ("INBOX", None, "Hochschule {city} Zulassungsstelle|zulassung@hs-bewerbung.de", "Bescheid über Ihren Antrag auf Zulassung",
     "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nIhrem Antrag auf Zulassung zum Masterstudiengang kann leider nicht entsprochen werden, da die Zahl der Bewerbungen die Studienplätze übersteigt.\n\nMit freundlichen Grüßen\nZulassungsamt"),
    ("INBOX", None, "Jobcenter {city}|poststelle@jobcenter-ge.de", "Einladung zu einem Gesprächstermin",
     "Guten Tag,\n\nich möchte mit Ihnen über Ihre berufliche Situation sprechen. Bitte kommen Sie am {day} um {time} Uhr in das Jobcenter, Zimmer 214. Bringen Sie Ihren Lebenslauf und Nachweise Ihrer Bewerbungsbemühungen mit.\n\nRechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht, kann das Bürgergeld gemindert werden.\n\nIhr Jobcenter"),
    ("INBOX", None, "AMS Service|noreply@ams-info.at", "Vermittlungsvorschlag",
     "Sehr geehrte/r Kundin/Kunde,\n\nanbei erhalten Sie einen Vermittlungsvorschlag für die Stelle {role} bei {co}. Bitte bewerben Sie sich innerhalb von 8 Tagen und melden Sie uns das Ergebnis.\n\nIhr AMS"),
    ("INBOX", None, "Sparkasse {city}|kredit@sparkasse-info.de", "Ihre Kreditanfrage",
     "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nnach Prüfung Ihrer Unterlagen können wir Ihnen den gewünschten Ratenkredit leider nicht gewähren.\n\nIhre Sparkasse"),
    ("INBOX", None, "Tennisclub Grün-Weiß|vorstand@tc-gruenweiss.de", "Aufnahmeantrag",
     "Liebe/r Interessent/in,\n\nleider ist unsere Mitgliederzahl für diese Saison ausgeschöpft, wir können keine neuen Mitglieder aufnehmen. Gern setzen wir Sie auf die Warteliste.\n\nDer Vorstand"),
    # newsletters, alerts, events
    ("INBOX", None, "Karriere-Kompass Newsletter|news@karrierekompass-mail.de", "Absage bekommen? So gehst du damit um",
     "Hallo,\n\ndiese Woche im Newsletter: Warum eine Absage kein Weltuntergang ist, die 7 häufigsten Fragen im Vorstellungsgespräch und wie du ein Jobangebot richtig verhandelst.\n\nJetzt lesen →\n\nNewsletter abbestellen | Impressum"),
    ("INBOX", None, "Jobbörse Südwest|alerts@jobboerse-sw.de", "12 neue Jobs für \"{role}\" in {city}",
     "Neue Stellen passend zu deinem Suchauftrag:\n\n- {role} bei {co}, {city}\n- {role2}, Teilzeit\n- {role} (m/w/d), unbefristet\n\nJetzt bewerben! Suchauftrag verwalten oder abmelden."),
    ("INBOX", None, "XING|mail@xing-mail.example", "3 Personen haben Ihr Profil besucht",
     "Hallo,\n\nIhr Profil wurde diese Woche 3-mal angesehen, u.a. von einer Person bei {co}. Vervollständigen Sie Ihr Profil, um mehr Recruiter zu erreichen.\n\nAbmelden"),
    ("INBOX", "co", "{co} Events|events@{dom}", "Einladung: Karrieretag bei {co} 🎓",
     "Hallo,\n\nam {day} öffnen wir unsere Türen: Werkstattführung, Gespräche mit Azubis und Bewerbungsmappen-Check. Melde dich einfach an – wir freuen uns!\n\nTeam {co}"),
    ("INBOX", None, "IHK {city}|weiterbildung@ihk-akademie.de", "Webinar: Souverän im Vorstellungsgespräch",
     "Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich zu unserem kostenlosen Webinar am {day} ein. Themen: Körpersprache, Gehaltsverhandlung, Umgang mit Absagen.\n\nJetzt anmelden"),
    # scam, agency, closed before applying
    ("INBOX", None, "Personal Abteilung|hr.jobangebot@gmail.com", "Jobangebot: 450€ pro Tag von zu Hause!!",
     "Hallo,\n\nSie wurden für eine Stelle als Paketagent ausgewählt. Kein Vorstellungsgespräch nötig, Verdienst bis 450€ am Tag. Bitte senden Sie uns eine Kopie Ihres Ausweises und Ihre Kontodaten, um den Arbeitsvertrag zu erhalten.\n\nMfG Personal Abteilung"),
    ("INBOX", None, "agency", "Stelle leider schon weg",
     "<G>\n\nich hatte dir ja letzte Woche die Stelle als {role} in {city} vorgestellt. Bevor wir dich vorschlagen konnten, hat der Kunde sie leider intern besetzt. Ich habe aber noch zwei andere Sachen im Köcher und melde mich.\n\n<SIG>"),
    ("INBOX", None, "agency", "Spannende Position als {role}",
     "<G>\n\nich bin auf Ihr Profil gestoßen und hätte eine interessante Vakanz bei einem Mittelständler in {city}. Hätten Sie grundsätzlich Interesse an einem Wechsel? Dann schicke ich gern Details.\n\n<SIG>"),
    ("INBOX", "co", "person", "AW: Bitte um Feedback",
     "<G>\n\nIhre Nachfrage verstehe ich gut. Leider geben wir grundsätzlich kein individuelles Feedback zu Bewerbungen, ich bitte um Verständnis.\n\n<SIG>"),
    ("INBOX", None, "Mail Delivery System|MAILER-DAEMON@mx.gmx.net", "Unzustellbar: Bewerbung als {role}",
     "Diese Nachricht wurde automatisch erstellt.\n\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\nbewerbung@{dom}\n550 5.1.1 User unknown"),
    ("INBOX", "co", "person", "Abwesenheitsnotiz: Bewerbung {role}",
     "Vielen Dank für Ihre Nachricht. Ich bin bis {day} nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@{dom}."),
    ("INBOX", None, "person", "Samstag Grillen?",
     "Hey <ME>,\n\nwir grillen am Samstag bei uns im Garten, kommst du? Bring gern jemanden mit. Und erzähl mal, wie's mit der Jobsuche läuft!\n\nLG {sfirst}"),
    # Sent mail negatives
    ("Sent", "co", "", "Danke für das Gespräch",
     "<GS>\n\nvielen Dank für das angenehme Gespräch heute. Die Stelle als {role} reizt mich nach wie vor sehr, und ich freue mich auf Ihre Rückmeldung.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Rückzug meiner Bewerbung",
     "<GS>\n\nich möchte meine Bewerbung als {role} zurückziehen, da ich mich zwischenzeitlich für ein anderes Angebot entschieden habe. Danke für Ihre Zeit und das nette Gespräch.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "AW: Zusage",
     "<GS>\n\nvielen Dank, ich nehme das Angebot sehr gern an! Den unterschriebenen Vertrag schicke ich Ihnen bis Freitag zurück.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "AW: Einladung zum Vorstellungsgespräch",
     "<GS>\n\ndanke für die Einladung! Der {day} um {time} Uhr passt mir gut, ich komme gern vorbei.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Bewerbung als {role}",
     "<GS>\n\nhiermit bewerbe ich mich auf Ihre Anzeige als {role}. Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zum Gespräch würde ich mich freuen.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Nachfrage zum Stand",
     "<GS>\n\nich habe mich vor drei Wochen als {role} beworben und wollte kurz nachfragen, ob es schon Neuigkeiten gibt.\n\n<SO>\n<ME>"),
    ("Sent", None, "", "Besichtigung",
     "Guten Tag,\n\nich interessiere mich für die Wohnung und würde sie gern besichtigen. Passt Ihnen {day}?\n\n<SO>\n<ME>"),
]

import re as _re

# a sentence that addresses the reader in the other register is skipped for a persona
WRONG = {
    "formal": _re.compile(r"\b(du|dich|dir|dein\w*|Du|Dich|Dir|Dein\w*|magst|hast|bist|Lass|lass uns|Schick|Gib|Überleg|melde dich|Bleib|Nimm's|Such dir|sag mir)\b"),
    "informal": _re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Hätten Sie)\b"),
}

NEG_EXTRA = ["Falls Sie Fragen haben, erreichen Sie mich am besten vormittags.", "Sorry übrigens für die späte Antwort, hier ist gerade viel los.",
             "Grüße auch von {sfirst} aus dem Büro!", "Bei uns in {city} regnet es seit Tagen, aber egal.",
             "Ich bin ab {day} für eine Woche weg, danach wieder erreichbar.", "Kurze Info nebenbei: wir ziehen im Herbst um.",
             "Meine Durchwahl hat sich geändert, siehe unten.", "Danke für Ihre Geduld – wirklich."]
SYS_TAIL = ["Aktenzeichen: #", "Kundennummer: #", "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. (Vorgang #)",
            "Ihre Referenz: #", "Sie erhalten diese E-Mail, weil Sie sich angemeldet haben. ID #", "Stand: {day} · Nr. #"]

# second batch of alternatives (more surface variety per slot)
S["small_talk"] = ["ich hoffe, Sie hatten ein erholsames Wochenende.", "entschuldige die späte Rückmeldung, bei uns war die Hölle los.",
                   "ich hoffe, es geht Ihnen gut.", "sorry, dass es so lange gedauert hat – Urlaubszeit.",
                   "ich schreibe Ihnen kurz zwischen zwei Baustellenterminen.", "nach einer turbulenten Messewoche komme ich endlich dazu, Ihnen zu schreiben."]
S["ps"] = ["PS: Parkplätze gibt's hinterm Haus.", "P.S. Grüße vom ganzen Team!", "PS: Antworten gern auch per WhatsApp an meine Nummer unten.",
           "P.S.: Bitte entschuldigen Sie eventuelle Tippfehler, vom Handy geschrieben.", "Gesendet von meinem iPhone"]
S["thanks_apply"] += ["schön, dass du bei uns reingeschnuppert hast.", "wir haben uns Zeit gelassen, aber jetzt haben wir eine Entscheidung getroffen.",
                      "Sie hatten sich vor einigen Wochen bei uns gemeldet.", "nochmal danke für Ihre Geduld, das Verfahren hat länger gedauert als geplant."]
S["rej_soft"] += ["Am Ende haben wir uns für eine Person entschieden, die schon bei uns als Aushilfe gearbeitet hat.",
                  "Ich muss dir leider sagen, dass wir jemand anderen nehmen.", "Trotz Ihres interessanten Werdegangs kommen wir leider nicht zusammen.",
                  "Es hat nicht ganz gereicht – wir gehen einen anderen Weg.", "Wir haben uns entschieden, die Stelle anderweitig zu vergeben."]
S["luck"] += ["Kopf hoch und alles Gute!", "Ich drück dir die Daumen für die nächsten Bewerbungen.", "Machen Sie's gut.",
              "Wir wünschen Ihnen, dass Sie bald die passende Stelle finden."]
S["inv_open"] += ["Ihre Unterlagen haben bei uns einen sehr guten Eindruck hinterlassen.", "wir sind auf deine Bewerbung aufmerksam geworden und wollen mehr wissen.",
                  "kurz und gut: wir würden gern weitermachen.", "Ihr Anschreiben hat uns neugierig gemacht."]
S["inv_when"] += ["Ich hätte nächste Woche Di bis Do vormittags Zeit – was passt Ihnen?", "Wie wär's mit {day}? Uhrzeit kannst du dir aussuchen.",
                  "Dauer ca. eine Stunde, anschließend zeigen wir Ihnen die Werkstatt."]
S["ack_core"] += ["Ihre Bewerbung ist bei mir gelandet, danke!", "danke für deine Mail, die Unterlagen sind vollständig angekommen.",
                  "wir haben Ihre Bewerbung erhalten und leiten sie an die Fachabteilung weiter."]
S["offer_core"] += ["das Team war sich einig: wir möchten, dass Sie bei uns anfangen.", "ich freu mich riesig, dir heute das Angebot zu schicken!"]
S["rej_blunt"] += ["Wir haben jemand anderen genommen.", "Leider nein."]
