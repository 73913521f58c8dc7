"""German fragment bank of writer w16 (Germany, Austria, Switzerland).

Each kind: subjects, body parts (lists of alternatives; "" means the slot may stay empty),
labels, whether the message is about one employer, and the folder. ``{reason}`` and ``{fb}``
are filled by the composer from REASONS / TOPICS below.
"""

GREET_SIE = ["Sehr geehrte/r {cname},", "{c_sgh} {clast},", "Guten Tag {cname},", "Guten Tag {c_frau} {clast},",
             "{c_e} {cfirst} {clast},", "Grüß Gott {cname},", "Guten Tag,", "Hallo {cfirst} {clast},",
             "Sehr geehrte Bewerberin, sehr geehrter Bewerber,", "Grüezi {cname}", "Grüezi {c_frau} {clast}"]
GREET_DU = ["Hallo {cfirst},", "Hi {cfirst}!", "{c_e} {cfirst},", "Servus {cfirst},", "Moin {cfirst},", "Hey {cfirst},",
            "Grüezi {cfirst},"]
SIGN = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße", "Mit besten Grüßen",
        "Herzliche Grüße", "Freundliche Grüsse", "Liebe Grüsse", "Mit freundlichen Grüssen", "Schöne Grüße aus {city}",
        "MfG", "LG", "Viele Gruesse", "Beste Gruesse"]
SIGN_ROLE = ["Personalabteilung", "Recruiting", "HR Business Partner", "Geschäftsführung", "Talent Acquisition",
             "Leitung Personal", "Inhaber", "Teamlead Engineering", "Human Resources", "Personalentwicklung"]
FOOTER = [
    "{legal} · Sitz: {city} · Registergericht: Amtsgericht {city} · Geschäftsführer: {pname}",
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und löschen Sie diese Mail.",
    "Hinweise zum Datenschutz im Bewerbungsverfahren finden Sie unter {portal}/datenschutz",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    "{legal} | {city} | USt-IdNr. DE{ref}81",
    "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
    "Abmelden: Sie erhalten diese E-Mail, weil Sie ein Konto bei uns haben. Benachrichtigungen verwalten: {portal}/einstellungen",
]

REASONS = {
    "role_filled": ["Die Position konnte inzwischen besetzt werden.",
                    "Wir haben die Stelle mittlerweile intern nachbesetzt.",
                    "die Stelle ist seit letzter Woche vergeben",
                    "Die Vakanz wurde bereits mit einer Kollegin aus unserem Haus besetzt.",
                    "Zwischenzeitlich haben wir uns für eine andere Person entschieden und die Stelle ist vergeben."],
    "budget_freeze": ["Aufgrund eines kurzfristig verhängten Einstellungsstopps können wir die Stelle derzeit nicht besetzen.",
                      "Leider wurden die Budgets für neue Stellen in diesem Jahr eingefroren.",
                      "Die wirtschaftliche Lage zwingt uns, Neueinstellungen bis auf Weiteres auszusetzen.",
                      "Unser Personalbudget für 2026 wurde gekürzt, so dass die Stelle nicht finanziert ist."],
    "closer_fit": ["Wir haben uns für eine Bewerberin entschieden, deren Profil noch genauer zu den Anforderungen passt.",
                   "Ein anderer Kandidat bringt Erfahrungen mit, die näher an unserem Bedarf liegen.",
                   "Letztlich gab das etwas passendere Profil einer Mitbewerberin den Ausschlag.",
                   "Andere Bewerbungen deckten unser Anforderungsprofil noch umfassender ab."],
    "level_mismatch": ["Für diese Position suchen wir jemanden mit deutlich mehr Führungserfahrung.",
                       "Ihr Profil ist für diese Juniorstelle eher zu erfahren, wir möchten Sie nicht unterfordern.",
                       "Die Stelle ist auf Senior-Ebene angesiedelt und erfordert mehrjährige Verantwortung im Team.",
                       "Wir haben bemerkt, dass die Rolle eine Stufe über Ihrer bisherigen Erfahrung liegt."],
    "role_cancelled": ["Die ausgeschriebene Stelle wurde im Zuge einer Umstrukturierung gestrichen.",
                       "Das Projekt, für das wir suchen, wurde leider gestoppt, daher entfällt die Stelle.",
                       "Wir haben entschieden, die Position vorerst nicht zu besetzen und die Ausschreibung zurückgezogen."],
}
NO_REASON = ["Nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden.",
             "Nach eingehender Durchsicht Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht weiter berücksichtigen können.",
             "Leider können wir Ihnen keine positive Rückmeldung geben.",
             "Wir haben uns entschieden, den Prozess mit anderen Bewerbenden fortzusetzen.",
             "Leider müssen wir Ihnen eine Absage erteilen.",
             "Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht in die engere Auswahl gekommen ist.",
             "Die Entscheidung ist nicht zu Ihren Gunsten ausgefallen.",
             "Wir werden Ihre Bewerbung nicht weiterverfolgen."]

TOPICS = {
    "coding": ["Bei der Programmieraufgabe hat uns der Code noch nicht überzeugt, vor allem Tests und Fehlerbehandlung fehlten.",
               "In der Live-Coding-Session sind Sie bei der Umsetzung recht früh stecken geblieben.",
               "Die eingereichte Lösung funktionierte nur teilweise und war schwer zu lesen.",
               "Bei deiner Take-Home-Aufgabe waren die Tests dünn und einige Randfälle haben nicht funktioniert."],
    "system_design": ["Beim Architekturteil hätten wir uns gewünscht, dass Sie stärker darüber nachdenken, wie das System unter Last skaliert.",
                      "Im Systementwurf blieben Fragen zu Datenhaltung und Ausfallsicherheit offen.",
                      "Die Skizze der Gesamtarchitektur war uns zu grob.",
                      "Uns hat gefehlt, dass du überlegst, was passiert, wenn zehnmal so viele Nutzer gleichzeitig kommen."],
    "technical_depth": ["Bei den Fachfragen zu Datenbanken fehlte uns die nötige Tiefe.",
                        "In einigen Themen blieben Ihre Antworten an der Oberfläche.",
                        "Uns fehlte das tiefere Verständnis der eingesetzten Werkzeuge."],
    "behavioural": ["Bei den Fragen zu konkreten Situationen aus Ihrem Berufsalltag blieben die Beispiele recht allgemein.",
                    "Ihre Schilderungen früherer Konfliktsituationen waren für uns wenig greifbar.",
                    "Uns fehlten konkrete Beispiele, wie Sie in schwierigen Projektphasen gehandelt haben."],
    "communication": ["Ihre Antworten waren teilweise sehr ausschweifend, sodass der Kern untergegangen ist.",
                      "Es fiel uns schwer, Ihren Gedankengängen im Gespräch zu folgen.",
                      "Bei der Präsentation hätten wir uns eine klarere Struktur gewünscht.",
                      "Manchmal war schwer zu verstehen, worauf du hinauswolltest."],
    "questions_to_ask": ["Am Ende des Gesprächs hatten Sie kaum Fragen an uns, das hat uns etwas überrascht.",
                         "Wir hätten uns mehr eigene Fragen zum Team und zur Rolle gewünscht.",
                         "Du hattest am Schluss kaum Fragen an uns – das wirkte etwas desinteressiert."],
    "composure": ["Wir hatten den Eindruck, dass Sie unter Zeitdruck sehr nervös wurden.",
                  "In der Stresssituation der Fallstudie wirkten Sie verunsichert.",
                  "Die Aufregung war Ihnen deutlich anzumerken und hat Ihre Antworten beeinflusst."],
    "experience_level": ["Für die Rolle fehlt Ihnen noch praktische Erfahrung in der Leitung von Projekten.",
                         "Ihre Berufserfahrung im Bereich Automotive ist für uns noch zu kurz.",
                         "Es fehlt noch an Erfahrung mit Produktionsumgebungen dieser Größe.",
                         "Für die Rolle bräuchten wir jemanden, der schon ein, zwei Jahre mehr auf dem Buckel hat als du."],
    "collaboration": ["Bei der Gruppenübung hatten wir den Eindruck, dass Sie wenig auf Ihre Mitbewerber eingegangen sind.",
                      "Die Zusammenarbeit mit dem Fachbereich kam in Ihren Antworten zu kurz.",
                      "Im Probearbeiten wirkten Sie im Team eher als Einzelkämpfer."],
    "cv_positioning": ["Aus Ihrem Lebenslauf ging nicht klar hervor, welche Aufgaben Sie selbst verantwortet haben.",
                       "Ihr Anschreiben war sehr allgemein gehalten und nicht auf unsere Stelle zugeschnitten.",
                       "Ihr Portfolio zeigte leider kaum Arbeiten, die zu dieser Stelle passen.",
                       "In deinem CV geht unter, was du in den Projekten eigentlich selbst gemacht hast."],
}
PRAISE = ["Menschlich hat es total gepasst, das vorweg.", "Dein Portfolio fanden wir richtig stark.", "Ihre fachlichen Kenntnisse haben uns durchaus beeindruckt.", "Das Gespräch mit Ihnen war sehr angenehm.",
          "Ihre Motivation kam deutlich rüber.", "Fachlich waren Sie stark, das möchten wir ausdrücklich sagen.",
          "Ihre Präsentation war sympathisch und gut vorbereitet.", ""]

K = {}

K["ack"] = dict(
    labels=["application_ack"],
    subj=["Eingangsbestätigung Ihrer Bewerbung", "Ihre Bewerbung als {role}", "Eingangsbestätigung – {role} {ref}",
          "Bewerbung eingegangen: {role}", "Vielen Dank für Ihre Bewerbung bei {co}", "Ihre Bewerbung ({ref})",
          "Bestätigung: Bewerbung {role}", "Re: Bewerbung {role}"],
    parts=[["vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {co}.",
            "wir bestätigen den Eingang Ihrer Bewerbungsunterlagen für die Stelle {role}.",
            "Ihre Bewerbung ist bei uns eingegangen – herzlichen Dank dafür!",
            "hiermit bestätigen wir Ihnen, dass Ihre Unterlagen vollständig bei uns angekommen sind.",
            "danke, dass Sie sich für eine Tätigkeit bei {co} interessieren. Ihre Bewerbung haben wir erhalten.",
            "Ihre Unterlagen sind gut bei uns gelandet.",
            "danke für deine Bewerbung – sie ist bei uns angekommen!", "cool, dass du dich bei {co} beworben hast. Deine Unterlagen haben wir."],
           ["Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.",
            "Sobald wir alle Bewerbungen gesichtet haben, erhalten Sie von uns Nachricht.",
            "Bitte haben Sie etwas Geduld – der Auswahlprozess kann einige Zeit in Anspruch nehmen.",
            "Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Portal einsehen: {portal}",
            "Unsere Fachabteilung sieht sich Ihr Profil in Ruhe an.", "Wir schauen uns dein Profil in den nächsten Tagen an und melden uns bei dir.", ""],
           ["Bei Fragen steht Ihnen {pname} gerne zur Verfügung.", "Ihre Referenznummer lautet {ref}.", "", ""]],
)

K["rej"] = dict(
    labels=["rejection"],
    subj=["Ihre Bewerbung als {role}", "Absage – {role}", "Ihre Bewerbung bei {co}", "Rückmeldung zu Ihrer Bewerbung",
          "Bewerbung {ref} – Entscheidung", "Re: Bewerbung als {role}", "Ihre Bewerbung / {role}", "Unsere Entscheidung"],
    parts=[["nochmals vielen Dank für Ihr Interesse an der Position {role} und die Zeit, die Sie investiert haben.",
            "wir danken Ihnen für Ihre Bewerbung und das Vertrauen, das Sie uns entgegengebracht haben.",
            "herzlichen Dank für das angenehme Gespräch und Ihre Geduld.",
            "vielen Dank für Ihre Bewerbung. Wir haben uns Ihre Unterlagen genau angesehen.",
            "danke für Ihr Interesse an {co}.", "danke dir für deine Bewerbung und die Zeit, die du in unseren Prozess gesteckt hast."],
           ["{reason}"],
           ["Diese Entscheidung ist keine Bewertung Ihrer Person.",
            "Wir bedauern, Ihnen keine erfreulichere Nachricht geben zu können.",
            "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
            "Gerne würden wir Ihre Daten für künftige Vakanzen in unserem Talentpool behalten – bitte geben Sie uns kurz Bescheid, falls Sie einverstanden sind.",
            "", ""],
           ["Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Wir wünschen Ihnen für die weitere Stellensuche viel Erfolg.",
            "Alles Gute für Ihren weiteren Weg!", ""]],
)

K["rej_fb"] = dict(
    labels=["rejection", "feedback"],
    subj=K["rej"]["subj"] + ["Feedback und Entscheidung – {role}", "Ihr Vorstellungsgespräch bei {co}"],
    parts=[["vielen Dank für das Gespräch am {wd} und Ihr Interesse an der Stelle {role}.",
            "danke für Ihre Zeit in den beiden Gesprächsrunden.",
            "wir möchten uns für Ihren Besuch bei uns in {city} bedanken.",
            "vielen Dank, dass Sie am Probearbeiten teilgenommen haben.", "danke dir für die Gespräche mit uns!"],
           ["Leider haben wir uns gegen eine Zusammenarbeit entschieden.", "Wir haben uns leider gegen dich entschieden.", "Wir werden den Prozess mit Ihnen nicht fortsetzen.",
            "Am Ende ist die Entscheidung leider nicht auf Sie gefallen.", "Leider müssen wir Ihnen absagen."],
           ["{praise}"],
           ["Da Sie es sich gewünscht hatten, hier kurz unsere Eindrücke: {fb}", "Damit Sie etwas mitnehmen können: {fb}",
            "Ausschlaggebend war Folgendes: {fb}", "{fb}", "Offen gesagt: {fb}"],
           ["Wir wünschen Ihnen alles Gute.", "Vielleicht passt es ja bei einer künftigen Ausschreibung.", ""]],
)

K["invite"] = dict(
    labels=["interview_invite"],
    subj=["Einladung zum Vorstellungsgespräch", "Einladung zum Vorstellungsgespräch – {role}", "Ihre Bewerbung: nächster Schritt",
          "Terminvorschlag Kennenlerngespräch", "Einladung zum Probearbeiten", "Einladung: Online-Assessment {co}",
          "Re: Ihre Bewerbung als {role}", "Telefoninterview {role} {ref}", "Kennenlernen bei {co}?"],
    parts=[["Ihre Bewerbung hat uns gefallen und wir möchten Sie gerne persönlich kennenlernen.",
            "vielen Dank für Ihre Unterlagen – wir würden uns gerne mit Ihnen unterhalten.",
            "Ihr Profil hat uns neugierig gemacht.",
            "gute Neuigkeiten: Sie sind eine Runde weiter.", "deine Bewerbung hat uns echt gefallen!"],
           ["Wir laden Sie herzlich zu einem Vorstellungsgespräch am {wd}, {day}.{mnum}., um {time} Uhr in unsere Räume in {city} ein.",
            "Gerne würden wir ein erstes Telefoninterview von ca. 30 Minuten mit Ihnen führen. Bitte wählen Sie einen Termin: {link}",
            "Als nächsten Schritt laden wir Sie zu einem Online-Assessment ein. Den Link erhalten Sie hier: {link} – bitte bearbeiten Sie den Test bis zum {day2}.{mnum}.",
            "Wir würden Sie gern zu einem Probearbeiten einladen: ein Tag im Team, am {wd}, {day}. {month}, ab 8 Uhr.",
            "Hätten Sie Zeit für ein Videointerview mit {pname} (Teamleitung)? Vorschlag: {wd}, {time} Uhr via Teams.",
            "Wir möchten Sie zur zweiten Runde mit unserer Geschäftsführung einladen. Passt Ihnen {wd} der {day}.{mnum}. um {time}?",
            "Als nächstes kommt eine kleine Fallstudie, die Sie zuhause bearbeiten, anschließend besprechen wir sie gemeinsam.",
            "Hast du Lust auf einen Call mit unserem CTO {first}? Such dir einfach einen Slot aus: {link}",
            "Wir würden dich gern auf einen Kaffee ins Büro einladen, {wd} um {time} – passt dir das?"],
           ["Bitte bestätigen Sie uns den Termin kurz per E-Mail.", "Falls der Termin nicht passt, schlagen Sie uns gerne eine Alternative vor.",
            "Fahrtkosten werden nach Vorlage der Belege erstattet.", "Bitte bringen Sie einen Lichtbildausweis mit.", ""]],
)

K["reschedule"] = dict(
    labels=["interview_invite"],
    subj=["Terminverschiebung Vorstellungsgespräch", "Neuer Termin für unser Gespräch", "Änderung: Interview {role}"],
    parts=[["leider müssen wir unseren Termin am {wd} verschieben, da unsere Teamleitung kurzfristig verhindert ist.",
            "es tut uns leid, aber wir müssen das Gespräch verlegen."],
           ["Wäre Ihnen stattdessen der {day2}.{mnum}. um {time} Uhr recht?", "Bitte wählen Sie über diesen Link einen neuen Termin: {link}"],
           ["Wir bitten um Ihr Verständnis.", ""]],
)

K["ack_invite"] = dict(
    labels=["application_ack", "interview_invite"],
    subj=["Eingangsbestätigung und nächste Schritte", "Ihre Bewerbung bei {co} – Online-Test", "Bewerbung erhalten: bitte Online-Assessment absolvieren"],
    parts=[["vielen Dank für Ihre Bewerbung als {role}, die wir erhalten haben.", "Ihre Bewerbung ist bei uns eingegangen."],
           ["Als ersten Schritt im Auswahlverfahren bitten wir alle Bewerbenden um ein Online-Assessment (ca. 45 Minuten): {link}",
            "Im nächsten Schritt laden wir Sie zu einem kurzen zeitversetzten Videointerview ein. Den Zugang finden Sie hier: {link}",
            "Gerne laden wir Sie direkt zu einem ersten Telefonat ein – buchen Sie sich einen Slot: {link}"],
           ["Bitte schließen Sie den Test innerhalb von sieben Tagen ab.", "Viel Erfolg!", ""]],
)

K["rej_invite"] = dict(
    labels=["rejection", "interview_invite"],
    subj=["Ihre Bewerbung – und ein Vorschlag", "Bewerbung {role} / alternative Position", "Rückmeldung zu Ihrer Bewerbung"],
    parts=[["für die Stelle {role} haben wir uns leider für eine andere Person entschieden.",
            "die Position {role} können wir Ihnen leider nicht anbieten."],
           ["Ihr Profil passt aber sehr gut zu unserer offenen Stelle {role2}. Hätten Sie Lust auf ein Gespräch dazu? Vorschlag: {wd}, {time} Uhr.",
            "Wir würden Sie allerdings gern für die Position {role2} kennenlernen – hier können Sie einen Termin wählen: {link}"],
           ["Wir freuen uns auf Ihre Rückmeldung.", ""]],
)

K["offer"] = dict(
    labels=["offer"],
    subj=["Vertragsangebot", "Unser Angebot für Sie", "Angebot: {role}", "Zusage – {role}", "Arbeitsvertrag {co}",
          "Gute Nachrichten von {co}!", "Re: Vorstellungsgespräch {role}"],
    parts=[["wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Sie gerne als {role} bei uns einstellen möchten.",
            "nach den Gesprächen sind wir uns einig: Wir möchten Ihnen die Stelle anbieten!",
            "herzlichen Glückwunsch – wir haben uns für Sie entschieden und bieten Ihnen die Position {role} an.",
            "wie telefonisch besprochen, sende ich Ihnen hiermit unser schriftliches Angebot.",
            "wir wollen dich unbedingt im Team haben – hier kommt unser Angebot!"],
           ["Wir bieten Ihnen ein Jahresbruttogehalt von {salary} € bei 30 Urlaubstagen, Eintritt zum {start}.",
            "Das Bruttojahresgehalt beträgt {salary} EUR, dazu kommen Jobticket und betriebliche Altersvorsorge.",
            "Im Anhang finden Sie den Vertragsentwurf; Start wäre der {start}, unbefristet, 40 Stunden.",
            "Lohn: CHF {salary} brutto p.a., 13 Monatslöhne, Arbeitsbeginn nach Vereinbarung."],
           ["Bitte lassen Sie uns bis {wd} wissen, ob Sie das Angebot annehmen.", "Wir freuen uns auf Ihre Zusage!",
            "Für Fragen rufen Sie mich gerne an.", ""]],
)

K["fb_reply"] = dict(
    labels=["feedback"], reply=True,
    subj=["Re: Bitte um Feedback", "AW: Feedback zu meiner Bewerbung", "AW: Absage {role} – Rückfrage", "Re: Ihre Bewerbung"],
    parts=[["gerne gebe ich Ihnen ein kurzes Feedback.", "klar, gerne geben wir dir noch ein paar Punkte mit.",
            "danke für deine Nachricht – hier unser ehrliches Feedback.", "danke für Ihre Nachricht, das Feedback geben wir gerne.",
            "ich habe mit dem Team gesprochen und kann Ihnen Folgendes weitergeben."],
           ["{praise}"], ["{fb}"],
           ["Ich hoffe, das hilft Ihnen weiter.", "Alles Gute weiterhin!", ""]],
    quoted="fbreq",
)

K["fbreq"] = dict(
    labels=["feedback_request"], folder="Sent", reply=True,
    subj=["Re: Ihre Bewerbung als {role}", "AW: Absage", "Bitte um Feedback", "Feedback zu meiner Bewerbung {ref}",
          "AW: Rückmeldung zu Ihrer Bewerbung"],
    parts=[["vielen Dank für Ihre Rückmeldung, auch wenn ich natürlich enttäuscht bin.",
            "danke für die Nachricht und die Zeit, die Sie sich genommen haben.",
            "schade, aber danke für die schnelle Antwort."],
           ["Dürfte ich Sie um ein kurzes Feedback bitten, woran es gescheitert ist?",
            "Wäre es möglich, mir mitzuteilen, was ich im Gespräch hätte besser machen können?",
            "Könnten Sie mir sagen, in welchen Punkten mein Profil nicht überzeugt hat? Das würde mir für künftige Bewerbungen sehr helfen.",
            "Mich würde interessieren, woran ich arbeiten sollte – haben Sie vielleicht zwei, drei Stichpunkte für mich?"],
           ["Ein paar Zeilen würden mir schon reichen.", "Vielen Dank im Voraus!", ""]],
    quoted="rej",
)

K["nofb"] = dict(
    labels=[], reply=True,
    subj=["Re: Bitte um Feedback", "AW: Feedback zu meiner Bewerbung", "AW: Ihre Bewerbung"],
    parts=[["danke für Ihre Nachricht und Ihr Verständnis.", "vielen Dank für Ihre Rückfrage."],
           ["Leider können wir aus Gründen der Gleichbehandlung kein individuelles Feedback geben.",
            "Aufgrund der hohen Zahl an Bewerbungen ist uns ein persönliches Feedback leider nicht möglich.",
            "Wir hatten sehr viele starke Bewerbungen; eine Begründung im Einzelnen können wir aus rechtlichen Gründen nicht geben."],
           ["Wir wünschen Ihnen viel Erfolg.", "Sorry, dass wir dir da nicht mehr sagen können.", ""]],
    quoted="fbreq",
)

# --- negatives --------------------------------------------------------------------------
K["interim"] = dict(
    labels=[],
    subj=["Zwischenbescheid zu Ihrer Bewerbung", "Zwischennachricht: {role}", "Ihre Bewerbung – aktueller Stand", "Stand Ihrer Bewerbung {ref}"],
    parts=[["wir möchten Ihnen einen kurzen Zwischenstand geben.", "Sie haben sicher schon auf eine Nachricht von uns gewartet."],
           ["Ihre Bewerbung befindet sich weiterhin in Prüfung.", "Aufgrund der vielen Bewerbungen dauert die Auswahl leider länger als geplant.",
            "Die Entscheidung über die Besetzung ist noch nicht gefallen; wir melden uns spätestens Ende {month}."],
           ["Vielen Dank für Ihre Geduld.", "Wir bitten um etwas Nachsicht.", ""]],
)
K["reminder"] = dict(
    labels=[],
    subj=["Erinnerung: Ihr Termin am {wd}", "Erinnerung an Ihr Vorstellungsgespräch morgen", "Termin morgen {time} Uhr – Anfahrt",
          "Bestätigung Ihres Termins", "Terminbestätigung: Interview {role}"],
    parts=[["wir freuen uns auf Ihren Besuch morgen um {time} Uhr.", "kurze Erinnerung an das vereinbarte Gespräch am {wd}.",
            "vielen Dank, dass Sie einen Termin gebucht haben. Hiermit bestätigen wir: {wd}, {day}.{mnum}., {time} Uhr."],
           ["Die Anfahrt: Parkplätze finden Sie im Hof, melden Sie sich am Empfang.", "Den Teams-Link finden Sie weiterhin in der Kalendereinladung.",
            "Falls etwas dazwischenkommt, sagen Sie bitte rechtzeitig Bescheid.", ""],
           ["Bis dann!", ""]],
)
K["thanks_today"] = dict(
    labels=[],
    subj=["Danke für das Gespräch heute", "Schön, dass Sie da waren", "Re: Gespräch heute"],
    parts=[["danke für Ihren Besuch heute und das offene Gespräch.", "herzlichen Dank für Ihre Zeit heute Vormittag."],
           ["Wir besprechen uns jetzt intern und melden uns bis Ende nächster Woche.", "Die Entscheidung fällt voraussichtlich in zwei Wochen."],
           ["Einen schönen Abend noch!", ""]],
)
K["profile"] = dict(
    labels=[],
    subj=["Vervollständigen Sie Ihr Profil", "Ihr Kandidatenprofil ist noch unvollständig", "Nur noch ein Schritt: Unterlagen hochladen"],
    parts=[["in Ihrem Bewerberkonto fehlen noch einige Angaben.", "Sie haben eine Bewerbung begonnen, aber noch nicht abgeschickt."],
           ["Bitte laden Sie Ihren Lebenslauf und Ihre Zeugnisse hoch: {portal}", "Vollständige Profile werden von Recruitern häufiger gefunden."],
           ["", "Ihr Entwurf wird nach 30 Tagen gelöscht."]],
)
K["alert"] = dict(
    labels=[], company=False,
    subj=["Jobagent: 12 neue Stellen für „{role}“", "Neue Jobs in {city}", "Ihr Jobagent hat Treffer gefunden", "Stellen, die zu Ihnen passen"],
    parts=[["Ihr Suchauftrag „{role}“ hat neue Ergebnisse:", "Diese Woche neu für Sie:"],
           ["• {role} – {co}, {city}\n• {role2} – {co}, Remote\n• Werkstudent (m/w/d) – diverse Arbeitgeber",
            "1. {role2} · {city} · seit heute online\n2. {role} · Teilzeit möglich\n3. Trainee Programm · bundesweit"],
           ["Mit einem Klick bewerben – jetzt ansehen.", "Jobagent bearbeiten oder abbestellen: {portal}/jobagent"]],
)
K["newsletter"] = dict(
    labels=[], company=False,
    subj=["Bewerbungstipps: So meistern Sie das Vorstellungsgespräch", "Absage bekommen? 5 Dinge, die Sie jetzt tun sollten",
          "Newsletter: Gehalt verhandeln nach dem Jobangebot", "Karriere-Briefing KW {day}"],
    parts=[["In unserem aktuellen Newsletter geht es um ein Thema, das alle kennen: die Absage.",
            "Das Vorstellungsgespräch steht an? Mit diesen Tipps gehen Sie gelassen hinein.",
            "Sie haben ein Angebot in der Tasche – und jetzt? Wir erklären, wie Sie verhandeln."],
           ["Tipp 1: Fragen Sie nach Feedback. Tipp 2: Bleiben Sie freundlich. Tipp 3: Nutzen Sie die Zeit für Weiterbildung.",
            "Bereiten Sie drei Beispiele aus Ihrem Berufsleben vor und üben Sie die Selbstpräsentation laut.",
            "Lesen Sie den Arbeitsvertrag genau und achten Sie auf Probezeit und Kündigungsfristen."],
           ["Den ganzen Artikel lesen Sie auf unserem Blog.", "Newsletter abbestellen | Impressum | Datenschutz"]],
)
K["admission"] = dict(
    labels=[], company=False,
    subj=["Bescheid über Ihren Antrag auf Zulassung", "Ablehnungsbescheid Masterstudiengang", "Ihre Bewerbung um einen Studienplatz"],
    parts=[["wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen für den Masterstudiengang Wirtschaftsinformatik keinen Studienplatz anbieten können.",
            "Ihr Antrag auf Zulassung zum Wintersemester konnte leider nicht berücksichtigt werden."],
           ["Die Zahl der Bewerbungen überstieg die verfügbaren Plätze deutlich.", "Die Auswahlgrenze lag bei einer Note von 1,9."],
           ["Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden. Ihr Studierendensekretariat"]],
)
K["rental"] = dict(
    labels=[], company=False,
    subj=["Ihre Anfrage zur Wohnung in der {last}straße", "Wohnungsbesichtigung – Absage", "Re: 3-Zimmer-Wohnung {city}"],
    parts=[["vielen Dank für Ihr Interesse an der Wohnung und für Ihre Unterlagen.", "danke, dass Sie zur Besichtigung am Samstag gekommen sind."],
           ["Leider hat sich der Eigentümer für andere Mietinteressenten entschieden.", "Die Wohnung ist inzwischen vergeben."],
           ["Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche. Ihre Hausverwaltung"]],
)
K["kita"] = dict(
    labels=[], company=False,
    subj=["Elternbrief: Schließtage im {month}", "Kita Sonnenblume – Info", "Elternabend am {wd}"],
    parts=[["liebe Eltern, bitte beachten Sie, dass die Kita vom {day}. bis {day2}. {month} geschlossen bleibt.",
            "der Elternabend findet am {wd} um 19 Uhr im Gruppenraum statt."],
           ["Für die Notbetreuung melden Sie sich bitte bis Freitag an.", "Bitte bringen Sie Hausschuhe für die Kinder mit."],
           ["Herzliche Grüße, Ihr Kita-Team"]],
)
K["bank"] = dict(
    labels=[], company=False,
    subj=["Ihr Kreditantrag", "Neue Nachricht in Ihrem Postfach", "Ihr Antrag auf Ratenkredit"],
    parts=[["wir haben Ihren Antrag auf einen Ratenkredit über 15.000 € geprüft.", "in Ihrem Online-Banking liegt ein neues Dokument für Sie bereit."],
           ["Leider können wir Ihnen den Kredit derzeit nicht gewähren.", "Bitte melden Sie sich an, um es einzusehen."],
           ["Ihre Sparkasse", "Ihr Kundenservice"]],
)
K["webinar"] = dict(
    labels=[], company=False,
    subj=["Einladung: Webinar „Erfolgreich bewerben in der IT“", "Karrieremesse {city} – Ihr Ticket", "Einladung zum Workshop Gehaltsverhandlung"],
    parts=[["wir laden Sie herzlich zu unserem kostenlosen Webinar am {wd}, {time} Uhr ein.",
            "am {day}. {month} öffnet die Karrieremesse in {city} wieder ihre Tore – über 80 Aussteller warten auf Sie."],
           ["Themen: Lebenslauf, Vorstellungsgespräch, Gehalt.", "Bringen Sie Ihre Bewerbungsmappe mit, ein kostenloser CV-Check ist inklusive."],
           ["Jetzt anmelden: {link}", "Plätze sind begrenzt."]],
)
K["jobcentre"] = dict(
    labels=[], company=False,
    subj=["Einladung zu einem Gesprächstermin", "Terminvereinbarung Agentur für Arbeit", "Ihr Beratungstermin beim AMS"],
    parts=[["hiermit lade ich Sie zu einem Gespräch über Ihre berufliche Situation ein.",
            "bitte kommen Sie am {wd}, {day}.{mnum}. um {time} Uhr in die Agentur für Arbeit {city}, Zimmer 214."],
           ["Bitte bringen Sie Ihren Personalausweis und Ihre aktuellen Bewerbungsunterlagen mit.",
            "Wenn Sie ohne wichtigen Grund nicht erscheinen, kann dies Auswirkungen auf Ihre Leistungen haben (§ 309 SGB III)."],
           ["Mit freundlichen Grüßen, Ihre Arbeitsvermittlung"]],
)
K["scam"] = dict(
    labels=[], company=False,
    subj=["Jobangebot: 3.500 € netto im Homeoffice!!!", "Sie wurden ausgewählt – Stellenangebot", "Nebenjob ohne Erfahrung – sofort starten"],
    parts=[["Ihr Profil wurde von unserem Partner ausgewählt. Wir bieten Ihnen eine Stelle als Paketagent von zu Hause.",
            "Gratuliere! Sie können ab sofort 400 € pro Tag verdienen."],
           ["Senden Sie uns Ihre Ausweiskopie und Bankdaten per WhatsApp, um den Vertrag zu erhalten.", "Keine Erfahrung nötig, nur ein Smartphone."],
           ["Antworten Sie schnell, die Plätze sind begrenzt!"]],
)
K["onboarding"] = dict(
    labels=[],
    subj=["Willkommen bei {co} – Ihre ersten Schritte", "Unterlagen für Ihren Arbeitsbeginn", "Onboarding: Personalfragebogen"],
    parts=[["schön, dass Sie sich für uns entschieden haben und den Vertrag unterschrieben zurückgeschickt haben.",
            "wir freuen uns auf Ihren ersten Arbeitstag am {start}!"],
           ["Bitte füllen Sie den Personalfragebogen aus und schicken Sie uns Steuer-ID und Sozialversicherungsnummer.",
            "Ihr Laptop wird am ersten Tag bereitliegen; Treffpunkt ist um 9 Uhr am Empfang."],
           ["Bei Fragen melden Sie sich gern.", ""]],
)
K["interview_someone"] = dict(
    labels=[], company=False,
    subj=["Kannst du beim Interview am {wd} dabei sein?", "Bitte um Unterstützung: Bewerbungsgespräch {role}", "Interviewpanel Donnerstag"],
    parts=[["wir haben am {wd} um {time} ein Gespräch mit einer Kandidatin für unser Team.",
            "für die offene Stelle im Team suchen wir noch jemanden für das Fachinterview."],
           ["Könntest du die technischen Fragen übernehmen? Den Lebenslauf hänge ich an.", "Hättest du eine Stunde Zeit, die Kandidaten mit zu interviewen?"],
           ["Danke dir!", "Gib kurz Bescheid."]],
)
K["role_closed"] = dict(
    labels=[],
    subj=["Re: Ihre Anfrage zur Stelle {role}", "Stelle {role} – leider schon vergeben", "Position nicht mehr offen"],
    parts=[["danke für Ihre Nachricht und Ihr Interesse an {co}.", "vielen Dank für Ihre Anfrage bezüglich der Stelle."],
           ["Die Ausschreibung ist leider nicht mehr aktiv; wir nehmen dafür keine Bewerbungen mehr an.",
            "Die Position wurde bereits vor Ihrer Anfrage besetzt, eine Bewerbung ist daher nicht mehr möglich."],
           ["Schauen Sie gerne regelmäßig auf unsere Karriereseite.", ""]],
)
K["autoreply"] = dict(
    labels=[],
    subj=["Automatische Antwort: Ihre Bewerbung", "Abwesenheitsnotiz: Re: Bewerbung {role}", "Out of office / Abwesend"],
    parts=[["Vielen Dank für Ihre Nachricht. Ich bin bis zum {day2}.{mnum}. nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
            "Ich bin derzeit im Urlaub. Ihre Mail wird nicht weitergeleitet."],
           ["In dringenden Fällen wenden Sie sich bitte an {pname}.", ""]],
)
K["bounce"] = dict(
    labels=[], company=False,
    subj=["Unzustellbar: Bewerbung {role}", "Mail delivery failed: returning message to sender"],
    parts=[["Ihre Nachricht konnte nicht zugestellt werden.\n\nDie E-Mail-Adresse bewerbung@{dom} existiert nicht.",
            "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\nZustellung an folgende Empfänger fehlgeschlagen: jobs@{dom}"],
           ["Diagnose: 550 5.1.1 User unknown"]],
)
# --- Sent, no label
K["s_thanks"] = dict(
    labels=[], folder="Sent",
    subj=["Danke für das Gespräch", "Vielen Dank für heute", "Re: Vorstellungsgespräch {role}"],
    parts=[["vielen Dank für das angenehme Gespräch heute.", "ich wollte mich noch einmal für Ihre Zeit bedanken."],
           ["Die Stelle reizt mich nach dem Gespräch noch mehr.", "Besonders das Projekt in {city} fand ich spannend."],
           ["Ich freue mich auf Ihre Rückmeldung.", ""]],
)
K["s_withdraw"] = dict(
    labels=[], folder="Sent",
    subj=["Rückzug meiner Bewerbung", "Re: Einladung zum Vorstellungsgespräch", "Bewerbung {role} – Absage meinerseits"],
    parts=[["vielen Dank für die Einladung.", "danke für Ihr Interesse an meiner Person."],
           ["Ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung daher zurück.",
            "Aus persönlichen Gründen möchte ich meine Bewerbung zurückziehen."],
           ["Ich wünsche Ihnen viel Erfolg bei der Besetzung.", ""]],
)
K["s_accept"] = dict(
    labels=[], folder="Sent",
    subj=["Re: Vertragsangebot", "Zusage", "AW: Unser Angebot für Sie"],
    parts=[["vielen Dank für das Angebot – ich nehme es sehr gerne an!", "ich freue mich sehr und sage hiermit zu."],
           ["Den unterschriebenen Vertrag schicke ich Ihnen bis Freitag zurück.", "Start zum {start} passt mir gut."],
           ["Bis bald!", ""]],
)
K["s_schedule"] = dict(
    labels=[], folder="Sent",
    subj=["Re: Einladung zum Vorstellungsgespräch", "AW: Terminvorschlag", "Re: Telefoninterview"],
    parts=[["vielen Dank für die Einladung.", "danke für die schnelle Rückmeldung."],
           ["Der {wd} um {time} Uhr passt mir sehr gut, ich bestätige den Termin.", "Leider kann ich am {wd} nicht – ginge auch der {day2}.{mnum}.?"],
           ["Ich freue mich auf das Gespräch.", ""]],
)
K["s_apply"] = dict(
    labels=[], folder="Sent",
    subj=["Bewerbung als {role}", "Bewerbung um die Stelle {role} {ref}", "Initiativbewerbung"],
    parts=[["mit großem Interesse habe ich Ihre Ausschreibung gelesen und bewerbe mich hiermit.",
            "anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position {role}."],
           ["Ich bringe fünf Jahre Erfahrung mit und kann kurzfristig starten.", "Lebenslauf und Zeugnisse finden Sie im Anhang."],
           ["Über eine Einladung zu einem persönlichen Gespräch freue ich mich.", ""]],
)
K["personal"] = dict(
    labels=[], company=False,
    subj=["Samstag?", "Fotos vom Wochenende", "Re: Grillen", "Nebenkostenabrechnung"],
    parts=[["Hi, hast du Samstag Zeit? Wir wollten an den See.", "anbei die Fotos vom Wochenende, war schön mit euch!",
            "die Nebenkostenabrechnung für 2025 liegt bei, Nachzahlung 84,20 €."],
           ["Sag einfach Bescheid.", "Bis bald", ""]],
)

# --- more alternatives (appended to keep the banks wide) ---------------------------------
K["rej"]["parts"][0] += [
    "wir haben uns sehr über Ihre Bewerbung gefreut und sie mit Interesse gelesen.",
    "zunächst möchten wir uns für Ihre ausführliche Bewerbung bedanken.",
    "Sie hatten sich vor einigen Wochen bei uns als {role} beworben – danke nochmals dafür.",
    "bitte entschuldigen Sie, dass unsere Antwort so lange gedauert hat.",
    "die Auswahl für die Stelle {role} ist nun abgeschlossen.",
    "vielen Dank für Ihren Besuch bei uns und das offene Gespräch mit Herrn {last}.",
]
K["rej"]["parts"][2] += [
    "Uns ist bewusst, dass diese Nachricht enttäuschend ist.",
    "Ihre Bewerbungsunterlagen senden wir Ihnen nicht zurück, sie werden datenschutzgerecht vernichtet.",
    "Schauen Sie gerne weiterhin auf unserer Karriereseite vorbei.",
]
K["rej"]["subj"] += ["Absage auf Ihre Bewerbung", "Ihre Bewerbung vom {day}.{mnum}.", "Information zu Ihrer Bewerbung", "Bewerbung – Absage",
                     "Stellenbesetzung {role}"]
K["invite"]["parts"][0] += [
    "nach Durchsicht Ihrer Unterlagen würden wir Sie gerne näher kennenlernen.",
    "wir haben Ihre Bewerbung mit großem Interesse gelesen.",
    "danke für Ihre Geduld – jetzt geht es weiter!",
    "Herr {last} aus der Fachabteilung war von Ihrem Lebenslauf angetan.",
]
K["invite"]["parts"][1] += [
    "Wir möchten Sie zu einem Assessment-Center am {day}.{mnum}. in {city} einladen (ca. 9 bis 16 Uhr, inkl. Mittagessen).",
    "Gerne würden wir ein 45-minütiges Fachgespräch per Videocall mit Ihnen führen. Den Zugang schicken wir nach Ihrer Zusage.",
    "Kommen Sie doch am {wd} für zwei, drei Stunden zum Schnuppern in die Werkstatt – dann sehen Sie gleich, wie wir arbeiten.",
    "Für den nächsten Schritt bitten wir Sie um eine kleine Programmieraufgabe (ca. 3 Stunden); danach sprechen wir gemeinsam darüber.",
]
K["invite"]["subj"] += ["Einladung zum Kennenlernen", "Vorstellungsgespräch am {day}.{mnum}.", "Ihre Bewerbung – Einladung zur 2. Runde",
                        "Einladung Assessment-Center", "Terminanfrage: Gespräch {role}"]
K["ack"]["parts"][1] += [
    "Die Bearbeitung kann aufgrund der Urlaubszeit etwas länger dauern.",
    "Wir melden uns, sobald die Fachabteilung Ihre Unterlagen gesichtet hat – in der Regel innerhalb von 14 Tagen.",
    "Bitte sehen Sie von telefonischen Nachfragen ab; Sie hören unaufgefordert von uns.",
]
K["interim"]["parts"][1] += [
    "Derzeit führen wir noch Gespräche mit weiteren Bewerberinnen und Bewerbern.",
    "Ihre Unterlagen liegen aktuell der Fachabteilung vor.",
    "Wir sind noch nicht so weit, Ihnen eine Entscheidung mitzuteilen.",
]
K["reminder"]["parts"][1] += [
    "Bitte denken Sie an Ihre Arbeitsproben, wie im Gespräch vereinbart.",
    "Am Empfang fragen Sie bitte nach {pname}.",
]
K["offer"]["parts"][0] += [
    "es freut mich sehr, Ihnen heute eine gute Nachricht überbringen zu dürfen: Wir möchten Sie einstellen.",
    "die Gespräche mit Ihnen haben uns überzeugt – wir bieten Ihnen die Stelle {role} an.",
]

K["other_reject"] = dict(
    labels=[], company=False,
    subj=["Ihr Vortragsvorschlag für die Fachtagung", "Förderantrag Nr. {ref} – Bescheid", "Aufnahmeantrag Ruderverein", "Ihre Einreichung beim Kurzfilmfestival"],
    parts=[["vielen Dank für Ihre Einreichung zur diesjährigen Fachtagung.", "Ihr Antrag auf Förderung aus dem Kulturfonds wurde geprüft.",
            "danke für Ihr Interesse an einer Mitgliedschaft in unserem Verein."],
           ["Leider konnte Ihr Vortrag im Programm nicht berücksichtigt werden.", "Leider müssen wir den Antrag ablehnen, die Mittel sind ausgeschöpft.",
            "Die Warteliste ist derzeit geschlossen; eine Aufnahme ist frühestens im nächsten Jahr möglich."],
           ["Wir hoffen, Sie trotzdem als Gast begrüßen zu dürfen.", "Mit freundlichen Grüßen, das Programmkomitee", "Der Vorstand"]],
)
K["rej"]["parts"][0] += ["leider müssen wir das für {wd} vereinbarte Vorstellungsgespräch absagen.",
                         "das geplante Gespräch am {day}.{mnum}. findet leider nicht statt."]
