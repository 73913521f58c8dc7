"""Writer 42: German fragments (formal Sie and start-up du; gender-inclusive HR German)."""

LANG = "de"


def greet(rng, p, reg, region=None):
    if reg == "i":
        return rng.choice([f"Hallo {p['first']},", f"Hi {p['first']},", f"Liebe*r {p['first']},"
                           if p["g"] == "x" else (f"Liebe {p['first']}," if p["g"] == "f" else f"Lieber {p['first']},"),
                           f"Grüezi {p['first']}," if region == "CH" else f"Servus {p['first']}," if region == "AT"
                           else f"Moin {p['first']},"])
    if p["g"] == "f":
        opts = [f"Sehr geehrte Frau {p['last']},", f"Guten Tag Frau {p['last']},", f"Sehr geehrte Frau {p['full']},"]
    elif p["g"] == "m":
        opts = [f"Sehr geehrter Herr {p['last']},", f"Guten Tag Herr {p['last']},", f"Sehr geehrter Herr {p['full']},"]
    else:
        opts = [f"Guten Tag {p['full']},"]
    opts.append(f"Guten Tag {p['full']},")
    if region == "AT" and p["g"] != "x":
        opts.append(("Sehr geehrte Frau Mag. " if p["g"] == "f" else "Sehr geehrter Herr Mag. ") + p["last"] + ",")
    return rng.choice(opts)


def close(rng, reg, region=None):
    if reg == "i":
        return rng.choice(["Viele Grüße", "Liebe Grüße", "Beste Grüße", "LG", "Cheers", "Herzliche Grüße aus dem Team"])
    if region == "CH":
        return rng.choice(["Freundliche Grüsse", "Mit freundlichen Grüssen", "Beste Grüsse"])
    if region == "AT":
        return rng.choice(["Mit freundlichen Grüßen", "Beste Grüße", "Mit besten Grüßen aus Wien", "Freundliche Grüße"])
    return rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Mit besten Grüßen", "Viele Grüße"])


S = {
    "thanks_apply": [
        "vielen Dank für Ihre Bewerbung als {role} und das Interesse an {company}.",
        "herzlichen Dank, dass Sie sich für die Position {role} bei uns beworben haben.",
        "wir bedanken uns für Ihre Bewerbung und die Zeit, die Sie in Ihre Unterlagen investiert haben.",
        "danke für Ihr Interesse an einer Mitarbeit bei {company} und Ihre Unterlagen zur Stelle {role}.",
        "zunächst vielen Dank für das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht haben.",
    ],
    "thanks_apply_i": [
        "danke dir für deine Bewerbung als {role}!",
        "schön, dass du dich bei {company} beworben hast.",
        "vielen Dank, dass du dir die Zeit für deine Bewerbung genommen hast.",
        "mega, dass du Lust auf {company} hast – danke für deine Bewerbung.",
    ],
    "ack": [
        "Ihre Unterlagen für die Stelle {role} (Kennziffer {ref}) sind vollständig bei uns eingegangen.",
        "hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}.",
        "Ihre Bewerbung ist am {date} in unserem System eingegangen und wurde an die zuständige Fachabteilung weitergeleitet.",
        "wir haben Ihre Bewerbungsunterlagen erhalten und werden diese nun sorgfältig prüfen.",
        "mit dieser automatisch erzeugten Nachricht bestätigen wir Ihnen den Eingang Ihrer Online-Bewerbung (Referenz {ref}).",
        "Ihre Bewerbung auf die ausgeschriebene Position {role} liegt uns vor.",
    ],
    "ack_i": [
        "deine Bewerbung als {role} ist bei uns angekommen.",
        "kurze Info: Wir haben deine Unterlagen für {role} erhalten.",
        "deine Bewerbung ist da – danke!",
        "hiermit bestätigen wir dir, dass deine Unterlagen vollständig bei uns eingegangen sind.",
    ],
    "ack_next": [
        "Wir sichten alle Bewerbungen sorgfältig und melden uns in der Regel innerhalb von {weeks} Wochen bei Ihnen.",
        "Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.",
        "Sobald unsere Fachabteilung Ihre Unterlagen geprüft hat, erhalten Sie eine Nachricht von uns.",
        "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem {portal} einsehen.",
        "Wir bitten Sie, von telefonischen Nachfragen in den nächsten {weeks} Wochen abzusehen.",
    ],
    "ack_next_i": [
        "Wir schauen uns alles in Ruhe an und melden uns in spätestens {weeks} Wochen bei dir.",
        "Das Team sieht sich deine Unterlagen in den nächsten Tagen an.",
        "Im {portal} siehst du jederzeit, wo deine Bewerbung gerade steht.",
    ],
    "reject": [
        "nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.",
        "leider haben wir uns entschieden, den Prozess mit anderen Bewerber*innen fortzusetzen.",
        "wir bedauern, Ihnen heute keine positive Nachricht geben zu können: Ihre Bewerbung wird nicht weiter berücksichtigt.",
        "nach eingehender Prüfung haben wir uns für eine andere Kandidatin entschieden.",
        "nach reiflicher Überlegung haben wir uns gegen eine weitere Berücksichtigung Ihrer Bewerbung entschieden.",
        "wir müssen Ihnen mitteilen, dass wir Ihnen die Stelle {role} leider nicht anbieten können.",
        "nach Abschluss der Gespräche haben wir uns für eine*n andere*n Kandidat*in entschieden.",
        "die Auswahl ist abgeschlossen, und leider fiel sie nicht auf Sie.",
        "Ihre Bewerbung hat uns gefallen, dennoch können wir Ihnen in diesem Verfahren keine Zusage machen.",
        "wir werden Ihre Bewerbung für diese Position nicht weiterverfolgen.",
    ],
    "reject_i": [
        "leider müssen wir dir sagen, dass es diesmal nicht geklappt hat.",
        "wir haben uns nach vielen Gesprächen für jemand anderen entschieden – sorry, dass wir keine bessere Nachricht haben.",
        "ehrlich gesagt fällt uns diese Mail nicht leicht: Wir gehen mit einer anderen Person weiter.",
        "wir werden den Prozess mit dir leider nicht fortsetzen.",
        "nach dem zweiten Gespräch haben wir entschieden, dir kein Angebot zu machen.",
    ],
    "reject_stop": ["leider müssen wir Ihnen mitteilen, dass wir das Auswahlverfahren für die Stelle {role} ohne Besetzung beenden.",
                    "wir müssen Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können."],
    "reject_stop_i": ["leider müssen wir dir absagen, und zwar aus einem Grund, der nichts mit dir zu tun hat."],
    "reason": {
        "role_filled": ["Die Position konnte inzwischen besetzt werden.",
                        "Die Stelle ist mittlerweile vergeben.",
                        "Wir haben die Vakanz zwischenzeitlich intern nachbesetzt."],
        "budget_freeze": ["Aufgrund eines konzernweiten Einstellungsstopps können wir die Stelle derzeit nicht besetzen.",
                          "Das Budget für diese Position wurde kurzfristig eingefroren.",
                          "Wegen der aktuellen wirtschaftlichen Lage wurden alle Neueinstellungen vorerst ausgesetzt."],
        "closer_fit": ["Wir haben uns für eine Person entschieden, deren Erfahrung noch besser zu den Anforderungen passt.",
                       "Ein*e andere*r Kandidat*in bringt Erfahrungen mit, die dem Profil der Stelle näherkommen.",
                       "Andere Bewerbungen entsprachen dem Anforderungsprofil etwas genauer."],
        "level_mismatch": ["Für diese Rolle suchen wir jemanden mit deutlich mehr Führungserfahrung.",
                           "Die Position ist eher auf Berufseinsteiger*innen zugeschnitten, für Ihr Erfahrungsniveau wäre sie nicht passend.",
                           "Wir haben gemerkt, dass wir für das Team eine senioriger aufgestellte Person brauchen."],
        "role_cancelled": ["Die ausgeschriebene Stelle wird aufgrund einer internen Umstrukturierung nicht besetzt.",
                           "Die Position wurde zurückgezogen.",
                           "Das Projekt, für das die Stelle geschaffen wurde, wurde leider gestoppt."],
    },
    "reject_soft": [
        "Die Entscheidung ist uns angesichts der vielen guten Bewerbungen nicht leichtgefallen.",
        "Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Person.",
        "Wir haben sehr viele qualifizierte Bewerbungen erhalten.",
        "Uns ist bewusst, dass diese Nachricht enttäuschend ist.",
    ],
    "pool": [
        "Gern würden wir Ihre Unterlagen mit Ihrem Einverständnis für weitere sechs Monate in unserem Talentpool speichern.",
        "Wir würden uns freuen, wenn Sie sich bei passenden Ausschreibungen erneut bei uns bewerben.",
        "Behalten Sie gern unsere Karriereseite im Blick.",
        "Ihre Daten werden gemäß DSGVO nach Ablauf von sechs Monaten gelöscht, sofern Sie nicht in die weitere Speicherung einwilligen.",
    ],
    "pool_i": [
        "Schau gern mal wieder auf unserer Jobseite vorbei!",
        "Wenn du magst, behalten wir dein Profil für künftige Rollen im Kopf.",
    ],
    "wish": ["Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.",
             "Wir wünschen Ihnen für die Zukunft viel Erfolg.",
             "Alles Gute für Ihre weitere Stellensuche."],
    "wish_i": ["Wir wünschen dir alles Gute!", "Drück dir die Daumen für die weitere Suche.",
               "Alles Gute und bis vielleicht bald."],
    "no_fb_policy": [
        "Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Rückmeldungen geben können.",
        "Aus Gründen der Gleichbehandlung geben wir grundsätzlich keine Auskunft zu einzelnen Auswahlentscheidungen.",
        "Eine detaillierte Begründung können wir Ihnen aus datenschutzrechtlichen Gründen leider nicht geben.",
    ],
    "fb_intro": ["Gern geben wir Ihnen noch eine kurze Rückmeldung aus dem Gespräch mit.",
                 "Sie hatten um ein Feedback gebeten – hier die wichtigsten Punkte aus Sicht des Auswahlgremiums:",
                 "Damit Sie etwas mitnehmen können, ein paar Eindrücke aus dem Team:",
                 "Aus dem Interview möchten wir Ihnen Folgendes zurückmelden:"],
    "fb_intro_i": ["Ein bisschen Feedback wollten wir dir trotzdem mitgeben:",
                   "Kurz zu unseren Eindrücken, vielleicht hilft dir das:",
                   "Ehrliches Feedback aus dem Team:"],
    "fb_praise": ["Ihre Motivation und Ihr Fachwissen im Bereich {field} haben uns überzeugt.",
                  "Das Gespräch war angenehm und Sie haben einen sehr sympathischen Eindruck hinterlassen.",
                  "Ihre Praxiserfahrung kam im Gespräch gut rüber.",
                  "Besonders positiv aufgefallen ist uns Ihre strukturierte Arbeitsweise."],
    "fb": {
        "coding": ["In der Programmieraufgabe fehlten Tests, und die Lösung war an einigen Stellen schwer nachzuvollziehen.",
                   "Bei der Live-Coding-Übung sind Sie mit der Zeit nicht ausgekommen, die Grundstruktur stand erst spät."],
        "system_design": ["Beim Architekturteil hätten wir uns mehr Überlegungen zu Skalierung und Ausfallsicherheit gewünscht.",
                          "Im Systemdesign blieb offen, wie die Komponenten miteinander kommunizieren sollen."],
        "technical_depth": ["Bei den fachlichen Vertiefungsfragen blieben Ihre Antworten eher an der Oberfläche.",
                            "Die technischen Details zu Ihrem letzten Projekt konnten Sie nicht ganz ausführen."],
        "behavioural": ["Bei den Fragen zu konkreten Situationen aus Ihrem Berufsalltag fehlten uns greifbare Beispiele.",
                        "Ihre Antworten auf die situativen Fragen blieben oft allgemein, ohne klares Ergebnis."],
        "communication": ["Ihre Ausführungen waren teilweise sehr lang, die Kernaussage ging dabei manchmal verloren.",
                          "In der Präsentation hätten wir uns eine klarere Struktur und einen roten Faden gewünscht."],
        "questions_to_ask": ["Am Ende des Gesprächs hatten Sie kaum Rückfragen an uns, das wirkte auf das Team wenig interessiert.",
                             "Eigene Fragen zur Rolle oder zum Team kamen leider kaum."],
        "composure": ["Man hat gemerkt, dass Sie unter Zeitdruck nervös wurden, was Ihnen bei der Fallstudie geschadet hat.",
                      "In der Stressübung des Assessment-Centers wirkten Sie sichtlich angespannt."],
        "experience_level": ["Ihre Erfahrung in der Führung von Teams ist für diese Stufe noch nicht ausreichend.",
                             "Im Vergleich zu anderen Kandidat:innen fehlte Ihnen Praxis mit Projekten dieser Größenordnung."],
        "collaboration": ["In der Gruppenübung haben Sie die anderen wenig einbezogen.",
                          "Wie Sie mit Kolleg*innen aus anderen Bereichen zusammenarbeiten, wurde für uns nicht richtig greifbar."],
        "cv_positioning": ["Aus Ihrem Lebenslauf ging Ihr Beitrag zu den genannten Projekten nicht klar hervor.",
                           "Ihr Anschreiben war sehr allgemein gehalten und nicht auf die Stelle zugeschnitten."],
    },
    "fb_i": {
        "coding": ["Im Coding-Teil war dein Code ok, aber Edge Cases und Tests kamen zu kurz."],
        "system_design": ["Beim System-Design-Teil bist du zu schnell in die Details gesprungen, das große Bild fehlte."],
        "technical_depth": ["Bei den Nachfragen zu Datenbanken bist du nicht richtig in die Tiefe gegangen."],
        "behavioural": ["Bei den Fragen zu früheren Konflikten hätten wir gern konkretere Geschichten gehört."],
        "communication": ["Deine Erklärungen waren manchmal etwas sprunghaft."],
        "questions_to_ask": ["Du hattest am Ende fast keine Fragen an uns – das hat uns überrascht."],
        "composure": ["Du wirktest beim Pair-Programming ziemlich nervös, das hat dich ausgebremst."],
        "experience_level": ["Für die Rolle fehlt dir aus unserer Sicht noch etwas Erfahrung mit Produktionssystemen."],
        "collaboration": ["Beim Pairing hast du wenig mit deinem Gegenüber abgestimmt."],
        "cv_positioning": ["Dein CV verkauft dich unter Wert – deine Projekte sind kaum beschrieben."],
    },
    "fb_general": ["Insgesamt war Ihr Auftritt solide, für die finale Runde hat er aber nicht ganz gereicht.",
                   "Das Gremium hat Ihr Gespräch als gut, aber nicht herausragend bewertet.",
                   "Fachlich sind Sie auf einem guten Weg; im direkten Vergleich fehlte aber noch das gewisse Etwas."],
    "inv_intro": [
        "Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern näher kennenlernen.",
        "wir freuen uns, Sie zur nächsten Runde unseres Auswahlverfahrens einzuladen.",
        "gern laden wir Sie zu einem persönlichen Vorstellungsgespräch ein.",
        "Ihre Bewerbung hat unser Interesse geweckt – wir würden gern mit Ihnen sprechen.",
        "wir möchten Sie herzlich zu einem ersten Kennenlerngespräch einladen.",
    ],
    "inv_intro_i": [
        "wir würden dich gern kennenlernen!",
        "dein Profil hat uns neugierig gemacht – hast du Zeit für ein Gespräch?",
        "gute Nachrichten: Wir möchten mit dir in die nächste Runde gehen.",
    ],
    "inv_mode": {
        "phone": ["Das Telefoninterview dauert etwa {dur} Minuten; unsere Recruiterin ruft Sie am {date} um {time} an.",
                  "Als ersten Schritt schlagen wir ein kurzes Telefonat von ca. {dur} Minuten vor."],
        "video": ["Das Gespräch findet per Microsoft Teams statt, den Link erhalten Sie nach Ihrer Terminbestätigung.",
                  "Wir treffen uns virtuell per Videocall ({dur} Minuten) mit der Fachbereichsleitung."],
        "onsite": ["Das Vorstellungsgespräch findet am {date} um {time} an unserem Standort {place} statt.",
                   "Wir würden Sie gern zu uns ins Büro nach {place} einladen; Reisekosten erstatten wir nach unserer Richtlinie."],
        "ac": ["Im nächsten Schritt laden wir Sie zu unserem eintägigen Assessment-Center am {date} in {place} ein.",
               "Das Assessment-Center umfasst eine Gruppenübung, eine Präsentation und ein Einzelinterview."],
        "probe": ["Gern möchten wir Sie zu einem Probearbeitstag einladen, um das Team und den Arbeitsalltag kennenzulernen.",
                  "Wie besprochen, laden wir Sie zum Probearbeiten am {date} ab {time} ein."],
        "test": ["Als nächsten Schritt bitten wir Sie, einen Online-Test (ca. {dur} Minuten) zu absolvieren: {link}",
                 "Bitte bearbeiten Sie innerhalb von 5 Tagen unsere Online-Eignungsdiagnostik unter {link}."],
    },
    "inv_mode_i": {
        "phone": ["Lass uns erstmal {dur} Minuten telefonieren, ganz locker."],
        "video": ["Wir würden gern einen kurzen Videocall mit dir machen, ca. {dur} Minuten mit unserer CTO."],
        "onsite": ["Komm doch am {date} um {time} bei uns im Office in {place} vorbei."],
        "probe": ["Wie wär's mit einem Probetag bei uns? Dann lernst du das Team direkt kennen."],
        "test": ["Als Nächstes gibt's eine kleine Case-Aufgabe für zu Hause, den Link findest du hier: {link}"],
        "ac": ["Wir machen einen halben Tag mit mehreren Gesprächen und einer kleinen Aufgabe im Team."],
    },
    "inv_sched": ["Bitte wählen Sie über folgenden Link einen passenden Termin aus: {link}",
                  "Bitte bestätigen Sie uns den Termin kurz per E-Mail oder schlagen Sie eine Alternative vor.",
                  "Sollte der Termin nicht passen, geben Sie uns bitte bis {date} Bescheid.",
                  "Bitte bringen Sie zum Gespräch einen gültigen Lichtbildausweis mit."],
    "inv_sched_i": ["Such dir einfach einen Slot aus: {link}", "Gib kurz Bescheid, ob das passt!",
                    "Passt dir das? Sonst finden wir was anderes."],
    "inv_other": ["Gleichzeitig sind wir auf Ihr Profil für unsere Stelle {role2} aufmerksam geworden und würden Sie dafür gern zu einem Gespräch einladen.",
                  "Für eine andere Position, {role2}, sehen wir allerdings eine sehr gute Passung – hätten Sie Interesse an einem Kennenlerngespräch?"],
    "inv_other_i": ["Aber: Für {role2} würden wir dich super gern zu einem Gespräch einladen!"],
    "resched": ["leider müssen wir den vereinbarten Gesprächstermin verschieben. Können Sie stattdessen am {date} um {time}?",
                "aufgrund einer Terminkollision unseres Fachbereichs möchten wir Ihr Vorstellungsgespräch auf {date}, {time}, verlegen."],
    "offer": ["wir freuen uns sehr, Ihnen die Position {role} bei {company} anbieten zu können!",
              "im Namen der Geschäftsführung dürfen wir Ihnen mitteilen, dass wir Sie gern als {role} einstellen möchten.",
              "anbei erhalten Sie unser Vertragsangebot für die Stelle {role}.",
              "nach den sehr guten Gesprächen möchten wir Ihnen hiermit ein Angebot für eine Festanstellung unterbreiten."],
    "offer_i": ["wir wollen dich im Team! Hiermit bekommst du offiziell unser Angebot als {role}.",
                "Tusch: Wir möchten dir die Stelle als {role} anbieten."],
    "offer_detail": ["Das Bruttojahresgehalt beträgt {salary}, der Eintritt wäre zum {start} möglich.",
                     "Die wesentlichen Eckdaten (Gehalt, Urlaub, Probezeit von sechs Monaten) finden Sie im beigefügten Vertragsentwurf.",
                     "Vorgesehen ist ein unbefristeter Vertrag in Vollzeit (40 Stunden) mit 30 Tagen Urlaub."],
    "offer_deadline": ["Wir würden uns über Ihre Rückmeldung bis zum {date} freuen.",
                       "Bitte senden Sie uns den unterschriebenen Vertrag bis {date} zurück.",
                       "Für Rückfragen zum Angebot steht Ihnen Ihre Ansprechpartnerin jederzeit zur Verfügung."],
    "status": ["Ihre Bewerbung befindet sich weiterhin in Prüfung.",
               "Aufgrund der hohen Anzahl an Bewerbungen verzögert sich unsere Rückmeldung leider etwas.",
               "Wir möchten Sie kurz informieren, dass das Auswahlverfahren noch andauert.",
               "Der Status Ihrer Bewerbung hat sich geändert: „In Bearbeitung durch Fachbereich“."],
    "reminder": ["wir möchten Sie an Ihr Vorstellungsgespräch am {date} um {time} erinnern.",
                 "dies ist eine automatische Erinnerung an Ihren gebuchten Termin: {date}, {time}."],
    "thanks_today": ["vielen Dank für das angenehme Gespräch heute und die Zeit, die Sie sich genommen haben.",
                     "danke, dass Sie heute bei uns vor Ort waren."],
    "thanks_today_next": ["Wir führen in den nächsten Tagen noch weitere Gespräche und melden uns anschließend.",
                          "Sie hören spätestens Ende nächster Woche von uns."],
    "profile": ["Ihr Bewerberprofil ist noch unvollständig. Bitte laden Sie Ihre Zeugnisse hoch, damit wir Ihre Bewerbung bearbeiten können.",
                "es fehlen noch Angaben zu Ihrer Gehaltsvorstellung und Ihrem frühestmöglichen Eintrittstermin."],
    "withdraw_ack": ["wir haben Ihre Nachricht erhalten und Ihre Bewerbung wie gewünscht zurückgezogen.",
                     "schade, dass Sie Ihre Bewerbung zurückziehen – wir respektieren Ihre Entscheidung natürlich."],
    "contact": ["Bei Fragen stehen wir Ihnen gern zur Verfügung.", "Für Rückfragen erreichen Sie uns unter der unten genannten Nummer.",
                "Ihre Ansprechpartnerin für alle Fragen: {sender}."],
    "fields": ["Controlling", "Vertrieb", "Logistik", "Softwareentwicklung", "Qualitätsmanagement", "Pflege"],
}

PRIVACY = [
    "Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter {url}/datenschutz. Ihre Bewerbungsdaten werden spätestens sechs Monate nach Abschluss des Verfahrens gelöscht.",
    "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Verantwortlich im Sinne der DSGVO: {company}, Personalabteilung. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung (Art. 15–18 DSGVO).",
    "Hinweis: Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Datenschutzbeauftragte*r: datenschutz@{domain}",
    "{company} | Sitz der Gesellschaft: {city} | Registergericht: Amtsgericht {city} HRB {hrb} | Geschäftsführung: {boss}",
]
CITIES = {"DE": ["Hamburg", "Bielefeld", "Leipzig", "Stuttgart", "Mannheim", "Regensburg"],
          "AT": ["Wien", "Linz", "Graz", "Salzburg"], "CH": ["Zürich", "Winterthur", "Basel", "St. Gallen"]}

SUBJ = {
    "ack": ["Eingangsbestätigung Ihrer Bewerbung – {role}", "Ihre Bewerbung bei {company}", "Bewerbung {ref} eingegangen",
            "Vielen Dank für Ihre Bewerbung als {role}", "Ihre Bewerbung ist bei uns angekommen"],
    "reject": ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung ({ref})", "Ihre Bewerbung bei {company}",
               "Zwischenstand bzw. Entscheidung – {role}", "Bewerbung {role} – unsere Rückmeldung", "{company}: Ihre Bewerbung"],
    "invite": ["Einladung zum Vorstellungsgespräch – {role}", "Einladung: nächster Schritt im Bewerbungsprozess",
               "Terminvorschlag Kennenlerngespräch", "Ihre Bewerbung als {role} – Einladung", "Einladung Assessment-Center {company}",
               "Online-Test zu Ihrer Bewerbung {ref}"],
    "offer": ["Vertragsangebot {role}", "Unser Angebot für Sie", "Angebot: {role} bei {company}", "Ihr Arbeitsvertrag – bitte prüfen"],
    "fb": ["Feedback zu Ihrem Vorstellungsgespräch", "Rückmeldung aus dem Auswahlverfahren", "Ihr Feedback – {role}"],
    "status": ["Status Ihrer Bewerbung {ref}", "Zwischenstand zu Ihrer Bewerbung", "Update zu Ihrer Bewerbung als {role}"],
    "reminder": ["Erinnerung: Ihr Termin am {date}", "Terminerinnerung – Vorstellungsgespräch", "Morgen: Ihr Gespräch bei {company}"],
    "resched": ["Terminänderung Vorstellungsgespräch", "Neuer Termin für unser Gespräch", "Verschiebung Ihres Interviews"],
}
ROLES = ["Projektleiter*in Bau", "Sachbearbeiter:in Buchhaltung", "Softwareentwickler (m/w/d) Backend",
         "Werkstudent*in Marketing", "Data Analyst (w/m/d)", "Teamleitung Kundenservice", "Elektroniker:in für Betriebstechnik",
         "Referent*in Personalentwicklung", "Produktmanager:in", "Pflegefachkraft (m/w/d)", "Controller (m/w/d)",
         "Einkäufer*in technischer Einkauf", "IT-Systemadministrator:in", "Junior UX Designer (w/m/d)",
         "Disponent*in Nahverkehr", "Qualitätsingenieur:in"]

PRIVACY_BITS = [
    "Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter {url}/datenschutz.",
    "Ihre Bewerbungsdaten werden spätestens sechs Monate nach Abschluss des Verfahrens gelöscht.",
    "Verantwortlich im Sinne der DSGVO: {company}, Personalabteilung.",
    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung (Art. 15–18 DSGVO).",
    "Datenschutzbeauftragte*r: datenschutz@{domain}",
    "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
    "Beschwerden können Sie an die zuständige Aufsichtsbehörde richten.",
    "Rechtsgrundlage der Verarbeitung ist § 26 BDSG in Verbindung mit Art. 88 DSGVO.",
    "Eine Weitergabe Ihrer Daten an Dritte erfolgt nicht.",
    "Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
    "{company} | Sitz der Gesellschaft: {city} | Registergericht: Amtsgericht {city} HRB {hrb} | Geschäftsführung: {boss}",
    "Wir verwenden Ihre Angaben ausschließlich für die Durchführung des Bewerbungsverfahrens.",
]

S["wish"] += ["Wir wünschen Ihnen, dass Sie bald die passende Stelle finden.", "Alles Gute und viel Glück bei der Suche!",
              "Für die Zukunft wünschen wir Ihnen beruflich wie privat alles Gute.", "Bleiben Sie zuversichtlich – wir drücken Ihnen die Daumen."]
S["contact"] += ["Melden Sie sich gern, wenn Sie Fragen haben.", "Sie erreichen uns montags bis freitags zwischen 9 und 16 Uhr.", "Antworten Sie gern direkt auf diese E-Mail."]
S["thanks_apply"] += ["wir freuen uns über Ihr Interesse an {company}.", "schön, dass Sie sich für eine Tätigkeit in unserem Haus interessieren."]
S["reject"] += ["nach Prüfung aller Unterlagen kommen Sie für die Stelle {role} leider nicht in die engere Auswahl.",
                "wir haben uns im Team intensiv beraten und uns letztlich anders entschieden.",
                "Ihr Profil passt leider nicht zu dem, was wir für diese Position suchen."]
S["status"] += ["Wir benötigen leider noch etwas Zeit für unsere Entscheidung.", "Das Fachgremium tagt erst in zwei Wochen; danach erhalten Sie Nachricht."]
S["inv_sched"] += ["Die Einladung mit allen Details folgt per Kalendereintrag.", "Parkplätze stehen Ihnen auf unserem Besuchergelände zur Verfügung."]
S["ack_next"] += ["Sie müssen nichts weiter tun.", "Ein erneutes Zusenden der Unterlagen ist nicht nötig."]

S["status_i"] = ["Wir sind noch nicht ganz durch mit allen Gesprächen – gib uns noch ein paar Tage.", "Kurzes Lebenszeichen: Deine Bewerbung liegt noch beim Team.",
                 "Wir haben dich nicht vergessen, brauchen aber noch etwas Zeit."]
S["reminder_i"] = ["kleine Erinnerung: Wir sehen uns am {date} um {time}!", "nur zur Erinnerung, unser Call ist am {date}, {time}."]
S["thanks_today_i"] = ["danke dir für das coole Gespräch heute!", "schön, dass du heute bei uns warst."]
S["thanks_today_next_i"] = ["Wir sprechen noch mit ein, zwei Leuten und melden uns dann.", "Du hörst spätestens nächste Woche von uns."]
S["profile_i"] = ["in deinem Profil fehlt noch dein Lebenslauf – lad ihn doch kurz hoch, dann können wir loslegen."]
S["withdraw_ack_i"] = ["schade, dass du deine Bewerbung zurückziehst, aber danke, dass du Bescheid gegeben hast."]
S["resched_i"] = ["sorry, wir müssen unser Gespräch verschieben. Ginge auch {date} um {time}?"]
S["offer_deadline_i"] = ["Sag uns bis {date} Bescheid, ob du dabei bist!", "Bei Fragen zum Angebot meld dich einfach."]
S["offer_detail_i"] = ["Gehalt: {salary}, Start wäre der {start}.", "Alle Details (Gehalt, Urlaub, Remote-Tage) findest du im Anhang."]
S["ack_i"] += ["wir haben deine Unterlagen bekommen und schauen sie uns bald an."]

S["ack"] += ["gerne bestätigen wir Ihnen, dass Ihre Bewerbung als {role} bei {company} eingegangen ist.",
             "Ihre Online-Bewerbung wurde erfolgreich übermittelt und ist nun unserem Recruiting-Team zugeordnet.",
             "Ihre Unterlagen sind bei uns angekommen und wurden unter der Kennziffer {ref} erfasst.",
             "die Bewerbung, die Sie am {date} abgeschickt haben, liegt uns vollständig vor."]
S["reject"] += ["leider müssen wir Ihnen heute eine Absage erteilen – wir haben uns im Auswahlverfahren anders entschieden.",
                "nach der Auswertung der Auswahlgespräche können wir Ihnen leider kein Angebot unterbreiten.",
                "wir haben Ihre Unterlagen mit großem Interesse gelesen, werden Sie aber nicht zu einem Gespräch einladen.",
                "nach sorgfältiger Abwägung wird Ihre Bewerbung im laufenden Verfahren nicht weiter berücksichtigt."]
S["reject_soft"] += ["Der Auswahlprozess war in diesem Fall besonders eng.", "Wir wissen Ihr Engagement im Verfahren sehr zu schätzen."]
S["pool"] += ["Sollten Sie einer Speicherung in unserem Talentpool widersprechen wollen, genügt eine kurze E-Mail.",
              "Vielleicht passt eine unserer nächsten Ausschreibungen besser – wir würden uns freuen, wieder von Ihnen zu hören."]
S["inv_intro"] += ["nach Sichtung Ihrer Unterlagen würden wir Sie gern zu einem Gespräch einladen.",
                   "Sie sind für die Position {role} in die engere Auswahl gekommen – herzlichen Glückwunsch!",
                   "die Fachabteilung möchte Sie gern persönlich kennenlernen."]
S["inv_mode"]["phone"] += ["Vorab möchten wir ein kurzes telefonisches Interview mit Ihnen führen – gern am {date} zwischen 10 und 12 Uhr."]
S["inv_mode"]["video"] += ["Das Videointerview mit zwei Mitgliedern des Teams ist für {date} um {time} angesetzt."]
S["inv_mode"]["onsite"] += ["Wir laden Sie zu einem persönlichen Gespräch mit der Abteilungsleitung am {date} um {time} in {place} ein."]
S["inv_mode"]["test"] += ["Bevor wir Sie kennenlernen, bitten wir Sie, eine kurze Fallstudie online zu bearbeiten: {link}"]
S["offer"] += ["es ist uns eine Freude, Ihnen mitteilen zu können, dass wir Ihnen die Position {role} anbieten möchten.",
               "wir möchten Sie sehr gern in unserem Team begrüßen und bieten Ihnen hiermit die Stelle {role} an."]
S["fb"]["coding"] += ["Ihr Code im technischen Test war funktional, aber schwer wartbar und ohne klare Fehlerbehandlung."]
S["fb"]["behavioural"] += ["Auf die Frage nach einem gescheiterten Projekt blieb Ihre Antwort sehr vage."]
S["fb"]["communication"] += ["Es fiel Ihnen schwer, komplexe Sachverhalte kurz und verständlich zu erklären."]
S["fb"]["experience_level"] += ["Für eine Position mit Budgetverantwortung fehlt Ihnen noch Erfahrung."]
S["fb"]["technical_depth"] += ["Bei Detailfragen zur HGB-Bilanzierung blieben Lücken."]
S["fb_praise"] += ["Ihre Offenheit und Ihr Humor kamen im Team gut an.", "Ihre Fallstudie war sehr gut vorbereitet."]
S["thanks_apply"] += ["danke für die Zeit, die Sie in unser Auswahlverfahren investiert haben."]
