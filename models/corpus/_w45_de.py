"""w45: German fragments (written fresh for this corpus)."""

STEPS = {
    "phone": ["Telefoninterview", "Kennenlerngespräch per Telefon", "erstes Telefongespräch mit unserem Recruiting"],
    "video": ["Videointerview", "Videogespräch mit der Fachabteilung", "erstes Gespräch per Teams"],
    "tech": ["Fachinterview", "Fachgespräch mit zwei Kolleg:innen aus dem Team", "Fallstudien-Interview"],
    "onsite": ["Vorstellungsgespräch vor Ort", "Kennenlerngespräch an unserem Standort", "Vorstellungsgespräch in unserem Büro"],
    "final": ["Abschlussgespräch mit der Bereichsleitung", "Abschlussinterview", "Zweitgespräch mit der Geschäftsführung"],
    "assess": ["Online-Assessment", "Eignungs-Assessment", "Online-Testverfahren"],
    "chat": ["Kennenlerngespräch mit der Teamleitung"],
}
PLATFORMS = ["Microsoft Teams", "Zoom", "unser Videotool", "Telefon", "Google Meet"]
GREET = ["Sehr geehrte/r {first} {last},", "Hallo {first},", "Guten Tag {first} {last},", "Liebe/r {first},",
         "Hallo {first} {last},"]
CLOSE = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße", "Beste Grüße"]
TEAMSIG = ["Ihr Recruiting-Team von {company}", "{recruiter}\nTalent Acquisition | {company}", "Personalabteilung {company}",
           "{recruiter}\nHR Business Partner, {company}", "Team Personal & Kultur – {company}"]
OPEN = ["vielen Dank für Ihr Interesse an {company}.", "", "wir hoffen, es geht Ihnen gut.",
        "danke für Ihre Geduld in den letzten Wochen."]

KINDS = {
    "ack": {
        "subj": ["Eingangsbestätigung Ihrer Bewerbung – {role}", "Ihre Bewerbung bei {company}", "Danke für Ihre Bewerbung!",
                 "Bewerbung eingegangen: {role} ({req})", "{company}: Wir haben Ihre Unterlagen erhalten"],
        "lead": ["hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}.",
                 "vielen Dank für Ihre Bewerbung als {role} – Ihre Unterlagen sind vollständig bei uns eingegangen.",
                 "Ihre Bewerbung (Kennziffer {req}) ist am {date0} bei uns eingegangen.",
                 "schön, dass Sie sich bei {company} beworben haben. Ihre Bewerbung ist gut bei uns angekommen."],
        "more": ["Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.",
                 "Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.",
                 "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.",
                 "Sollte Ihr Profil zu unseren Anforderungen passen, kontaktiert Sie die zuständige Recruiterin für ein erstes Gespräch."],
        "cta": ["Zum Bewerberportal", "Status ansehen"],
        "labels": ["application_ack"],
    },
    "ack_assess": {
        "subj": ["Ihre Bewerbung und nächster Schritt – {role}", "Bewerbung erhalten: bitte Online-Test absolvieren"],
        "lead": ["vielen Dank, Ihre Bewerbung als {role} ist bei uns eingegangen.",
                 "wir bestätigen den Eingang Ihrer Bewerbung für die Position {role}."],
        "inv": ["Im nächsten Schritt laden wir Sie zu einem {step} ein. Bitte bearbeiten Sie es bis zum {deadline} über den folgenden Link.",
                "Als ersten Schritt bitten wir alle Bewerbenden um ein {step}; es dauert etwa {dur} Minuten."],
        "steps": ["assess"],
        "cta": ["Test starten", "Zur Arbeitsprobe"],
        "labels": ["application_ack", "interview_invite"],
    },
    "invite": {
        "subj": ["Einladung zum Vorstellungsgespräch – {role}", "Ihre Bewerbung bei {company}: nächster Schritt",
                 "Terminvereinbarung: {step}", "Einladung: {step} ({req})"],
        "lead": ["Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern zu einem {step} einladen.",
                 "gern möchten wir Sie näher kennenlernen und laden Sie zu einem {step} für die Position {role} ein.",
                 "bitte wählen Sie über den folgenden Link einen passenden Termin für Ihr {step} mit {interviewer}.",
                 "hätten Sie in der kommenden Woche Zeit für ein {step} von etwa {dur} Minuten?"],
        "more": ["Das Gespräch dauert rund {dur} Minuten und findet über {platform} statt.",
                 "Ihre Gesprächspartner:innen sind {interviewer} (Teamleitung) und {recruiter} aus dem Recruiting.",
                 "Freie Termine gibt es zwischen dem {date} und dem {date2}.",
                 "Falls keiner der Termine passt, antworten Sie einfach auf diese E-Mail."],
        "steps": ["phone", "video", "tech", "onsite", "final", "assess"],
        "cta": ["Termin auswählen", "Jetzt Termin buchen"],
        "labels": ["interview_invite"],
    },
    "reschedule": {
        "subj": ["Terminänderung: Ihr Gespräch bei {company}", "Neuer Termin benötigt – {role}"],
        "lead": ["leider müssen wir Ihr {step} am {date} verschieben, da {interviewer} kurzfristig verhindert ist. Bitte wählen Sie einen neuen Termin über den Link unten.",
                 "wäre es möglich, unser {step} vom {date} auf den {date2} um {time2} zu verlegen?"],
        "more": ["Wir entschuldigen uns für die Umstände.", "Alles andere bleibt unverändert."],
        "steps": ["video", "tech", "onsite", "final"],
        "cta": ["Neuen Termin wählen"],
        "labels": ["interview_invite"],
    },
    "offer": {
        "subj": ["Ihr Vertragsangebot von {company}", "Angebot: {role}", "Herzlichen Glückwunsch, {first}!",
                 "Arbeitsvertrag zur Unterschrift – {role}"],
        "lead": ["wir freuen uns sehr, Ihnen die Position {role} bei {company} anbieten zu können.",
                 "wie telefonisch besprochen, bestätigen wir Ihnen hiermit schriftlich unser Angebot für die Stelle als {role}.",
                 "nach den Gesprächen mit Ihnen möchten wir Ihnen gerne einen Arbeitsvertrag als {role} anbieten."],
        "more": ["Das Angebot mit Gehalt, Urlaubstagen und dem vorgesehenen Eintrittsdatum {start} finden Sie im Anhang.",
                 "Bitte unterschreiben Sie den Vertrag bis zum {deadline} elektronisch.",
                 "Für Rückfragen zum Angebot stehe ich Ihnen gern telefonisch zur Verfügung."],
        "cta": ["Angebot ansehen und unterschreiben", "Vertrag öffnen"],
        "labels": ["offer"],
    },
    "status": {
        "subj": ["Zwischenstand zu Ihrer Bewerbung – {role}", "Ihr Bewerbungsstatus wurde aktualisiert",
                 "Kurzes Update zu Ihrer Bewerbung"],
        "lead": ["wir möchten Ihnen kurz mitteilen, dass Ihre Bewerbung als {role} noch in Prüfung ist.",
                 "der Status Ihrer Bewerbung hat sich geändert: „In Bearbeitung durch die Fachabteilung“.",
                 "das Auswahlverfahren für die Position {role} dauert leider etwas länger als geplant; wir melden uns voraussichtlich bis zum {date}."],
        "more": ["Sie müssen derzeit nichts weiter tun.", "Vielen Dank für Ihre Geduld."],
        "cta": ["Status ansehen"],
        "labels": [],
    },
    "reminder": {
        "subj": ["Erinnerung: Ihr Gespräch morgen um {time}", "Erinnerung an Ihren Termin bei {company}"],
        "lead": ["wir möchten Sie an Ihr {step} am {date} um {time} erinnern.",
                 "morgen ist es so weit: Ihr {step} mit {interviewer} findet am {date} um {time} statt."],
        "more": ["Den Link zur Videokonferenz finden Sie unten.", "Bitte wählen Sie sich ein paar Minuten früher ein.",
                 "Bitte bringen Sie einen gültigen Lichtbildausweis mit."],
        "steps": ["video", "tech", "onsite", "final"],
        "cta": ["Zum Meeting"],
        "labels": [],
    },
    "confirm": {
        "subj": ["Terminbestätigung: {step}", "Bestätigt: {date}, {time}"],
        "lead": ["Ihr {step} ist bestätigt: {date} um {time}.", "danke für Ihre Terminauswahl – wir sehen uns am {date} um {time}."],
        "more": ["Eine Kalendereinladung ist beigefügt.", "Über den Link unten können Sie den Termin bei Bedarf verschieben."],
        "steps": ["phone", "video", "onsite"],
        "cta": ["Termin verwalten"],
        "labels": [],
    },
    "thanks": {
        "subj": ["Danke für das heutige Gespräch", "Vielen Dank für Ihre Zeit"],
        "lead": ["vielen Dank, dass Sie sich heute Zeit für das Gespräch über die Position {role} genommen haben.",
                 "herzlichen Dank für das angenehme Gespräch heute mit {interviewer} und mir."],
        "more": ["Wir sprechen intern über die Eindrücke und melden uns bis Ende nächster Woche bei Ihnen.",
                 "Ihre Reisekosten können Sie mit dem angehängten Formular einreichen."],
        "labels": [],
    },
    "assess_rem": {
        "subj": ["Erinnerung: Ihr Online-Test läuft bald ab", "Bitte schließen Sie Ihr {step} ab"],
        "lead": ["Ihr {step} für die Position {role} ist noch bis {deadline} freigeschaltet.",
                 "Sie haben das {step} begonnen, aber noch nicht abgeschlossen."],
        "more": ["Nach Ablauf der Frist können wir den Link leider nicht erneut öffnen."],
        "steps": ["assess"],
        "cta": ["Test fortsetzen"],
        "labels": [],
    },
    "travel": {
        "subj": ["Anreiseinformationen für Ihren Besuch am {date}", "Ihr Termin vor Ort: Anfahrt und Parken"],
        "lead": ["damit Ihr Besuch am {date} reibungslos verläuft, hier die wichtigsten Informationen zur Anreise.",
                 "für Ihr Vorstellungsgespräch vor Ort haben wir Ihnen einen Besucherparkplatz reserviert."],
        "more": ["Bitte melden Sie sich am Empfang in Gebäude B, Sie werden dort von {interviewer} abgeholt.",
                 "Die Fahrtkosten erstatten wir Ihnen gegen Vorlage der Belege.",
                 "Vom Bahnhof erreichen Sie uns mit der Buslinie 12 in etwa zehn Minuten."],
        "labels": [],
    },
    "onboard": {
        "subj": ["Willkommen bei {company}! Ihre Unterlagen für den Start", "Vorbereitung auf Ihren ersten Arbeitstag"],
        "lead": ["schön, dass Sie unser Angebot angenommen haben! Damit zum Start am {start} alles bereit ist, benötigen wir noch einige Unterlagen.",
                 "bitte laden Sie bis zum {deadline} Ihre Steuer-ID, Sozialversicherungsnummer und Bankverbindung im Onboarding-Portal hoch."],
        "more": ["Ihr Laptop wird Ihnen am ersten Tag übergeben.", "Am ersten Tag holt Sie {interviewer} um 9 Uhr am Empfang ab."],
        "cta": ["Zum Onboarding-Portal"],
        "labels": [],
    },
    "bgcheck": {
        "subj": ["{company}: Einwilligung zur Überprüfung", "Ihre Hintergrundprüfung ist abgeschlossen"],
        "lead": ["im Auftrag von {company} führen wir im Rahmen Ihrer Einstellung eine Prüfung Ihrer Angaben durch. Bitte erteilen Sie dazu Ihre Einwilligung.",
                 "die Überprüfung Ihrer Angaben für {company} ist abgeschlossen; das Ergebnis wurde an die Personalabteilung übermittelt."],
        "more": ["Bitte legen Sie zusätzlich ein erweitertes Führungszeugnis vor.", "Sie können jederzeit Auskunft über die gespeicherten Daten verlangen."],
        "cta": ["Einwilligung erteilen"],
        "subj_for": {0: [0], 1: [1]}, "more_for": {0: [0, 1], 1: [1]}, "cta_for": {0: [0], 1: []},
        "labels": [],
    },
    "profile": {
        "subj": ["Passwort zurücksetzen – Karriereportal {company}", "Bitte vervollständigen Sie Ihr Profil"],
        "lead": ["wir haben eine Anfrage zum Zurücksetzen Ihres Passworts für das Karriereportal von {company} erhalten.",
                 "Ihr Bewerberprofil ist noch nicht vollständig – ergänzen Sie Ihren Lebenslauf, damit wir Sie besser finden."],
        "more": ["Falls Sie dies nicht angefordert haben, können Sie diese E-Mail ignorieren.", "Der Link ist 24 Stunden gültig."],
        "cta": ["Passwort zurücksetzen", "Profil vervollständigen"],
        "subj_for": {0: [0], 1: [1]}, "more_for": {0: [0, 1], 1: []}, "cta_for": {0: [0], 1: [1]},
        "labels": [],
    },
    "reqclosed": {
        "subj": ["Die gemerkte Stelle ist nicht mehr verfügbar", "{role}: Stellenanzeige beendet"],
        "lead": ["die Stelle {role} bei {company}, die Sie sich gemerkt haben, ist nicht mehr ausgeschrieben.",
                 "Sie folgen der Stellenanzeige {role}. Diese Anzeige wurde vom Arbeitgeber beendet."],
        "more": ["Ähnliche Stellen finden Sie in Ihrem Konto.", "Sie haben sich auf diese Stelle nicht beworben."],
        "cta": ["Ähnliche Stellen ansehen"],
        "labels": [],
    },
    "community": {
        "subj": ["Willkommen im Talentpool von {company}", "Ihre Anmeldung für Job-Updates"],
        "lead": ["danke für Ihre Anmeldung in unserem Talentpool! Wir informieren Sie über passende Stellen.",
                 "Sie erhalten ab sofort Job-Updates von {company}."],
        "more": ["Die Aufnahme in den Talentpool ersetzt keine Bewerbung.", "Ihre Einstellungen können Sie jederzeit ändern."],
        "cta": ["Einstellungen ändern"],
        "labels": [],
    },
    "survey": {
        "subj": ["Wie war Ihr Bewerbungsprozess?", "Ihre Meinung ist uns wichtig"],
        "lead": ["Sie haben kürzlich an unserem Auswahlverfahren teilgenommen. Wie haben Sie den Prozess erlebt?",
                 "helfen Sie uns, unseren Bewerbungsprozess zu verbessern – die Umfrage dauert nur zwei Minuten."],
        "more": ["Die Umfrage ist anonym und hat keinen Einfluss auf Ihre Bewerbung."],
        "cta": ["Zur Umfrage"],
        "labels": [],
    },
    "hold": {
        "subj": ["Ihre Bewerbung: Verfahren vorübergehend pausiert"],
        "lead": ["das Auswahlverfahren für die Position {role} ruht vorübergehend, da die Budgetplanung noch nicht abgeschlossen ist. Ihre Bewerbung bleibt aktiv."],
        "more": ["Wir melden uns, sobald es weitergeht."],
        "labels": [],
    },
    "esign_done": {
        "subj": ["Abgeschlossen: Arbeitsvertrag {company}"],
        "lead": ["alle Parteien haben das Dokument „Arbeitsvertrag – {role}“ unterzeichnet. Eine Kopie liegt bei."],
        "more": ["Bitte bewahren Sie diese E-Mail auf."],
        "cta": ["Dokument herunterladen"],
        "labels": [],
    },
    "esign_docs": {
        "subj": ["Bitte unterschreiben: Unterlagen für Ihren Start bei {company}"],
        "lead": ["{company} hat Ihnen folgende Dokumente zur Unterschrift gesendet: Datenschutzerklärung für Beschäftigte, Verschwiegenheitserklärung."],
        "more": ["Der Umschlag läuft in 14 Tagen ab."],
        "cta": ["Dokumente prüfen"],
        "labels": [],
    },
}

REJ_OPEN_APP = ["vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
                "danke, dass Sie sich bei uns beworben haben."]
REJ_OPEN_INT = ["vielen Dank für die Zeit, die Sie sich für die Gespräche mit uns genommen haben.",
                "nochmals danke für das offene Gespräch mit {interviewer}."]
REJ_APP = ["leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
           "nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen.",
           "wir haben uns für andere Bewerberinnen und Bewerber entschieden.",
           "bedauerlicherweise können wir Ihnen keine positive Rückmeldung geben."]
REJ_INT = ["nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden.",
           "leider können wir Ihnen die Stelle nicht anbieten.",
           "wir haben uns nach der letzten Runde für einen anderen Kandidaten entschieden."]
REJ_SOFT = ["Ihr Profil hat uns wirklich gut gefallen – dennoch haben wir uns am Ende anders entschieden.",
            "es war eine knappe Entscheidung, aber wir werden den Prozess mit Ihnen nicht fortsetzen."]
REASONS = {
    "closer_fit": ["Wir haben uns für Kandidat:innen entschieden, deren Erfahrung noch besser zum Anforderungsprofil passt."],
    "role_filled": ["Die Stelle konnte inzwischen besetzt werden.", "Die Position wurde intern besetzt."],
    "budget_freeze": ["Aufgrund eines unternehmensweiten Einstellungsstopps können wir die Stelle derzeit nicht besetzen."],
    "level_mismatch": ["Für diese Position suchen wir jemanden mit mehr Führungserfahrung auf Senior-Ebene."],
    "role_cancelled": ["Die Stelle wird aufgrund einer internen Umstrukturierung nicht mehr besetzt."],
}
NOFB = ["Aufgrund der Vielzahl an Bewerbungen können wir leider kein individuelles Feedback geben.",
        "Wir haben sehr viele qualifizierte Bewerbungen erhalten."]
FB_INTRO = ["Gern gebe ich Ihnen die Rückmeldung aus dem Team weiter:", "Zur Einordnung ein paar Punkte aus der Nachbesprechung:"]
FB_POS = ["Ihre fachliche Basis war solide.", "Ihre sympathische Art kam im Team sehr gut an."]
FB_TOPIC = {
    "coding": ["In der Programmieraufgabe fehlten Tests und einige Randfälle wurden nicht abgedeckt."],
    "system_design": ["Beim Systementwurf blieben Skalierung und Ausfallsicherheit zu oberflächlich."],
    "technical_depth": ["Bei tiefergehenden Fragen zu Ihren Projekten fehlte uns etwas die technische Tiefe."],
    "behavioural": ["Ihre Antworten auf die Verhaltensfragen hätten konkretere Beispiele gebraucht."],
    "communication": ["Ihre Ausführungen waren teilweise schwer nachzuvollziehen; etwas mehr Struktur hätte geholfen."],
    "questions_to_ask": ["Sie hatten kaum eigene Fragen an das Team."],
    "composure": ["Bei der Präsentation wirkten Sie sehr nervös."],
    "experience_level": ["Für diese Rolle fehlt Ihnen noch Erfahrung in der Projektleitung."],
    "collaboration": ["In der Gruppenübung haben Sie wenig auf die Ideen der anderen aufgebaut."],
    "cv_positioning": ["Aus Ihrem Lebenslauf ging nicht klar hervor, wie Ihre Erfahrung zur Stelle passt."],
}
OTHER_ROLE = ["Gleichzeitig möchten wir Sie gern zu einem Gespräch für unsere offene Stelle {role2} einladen – passt Ihnen ein Termin nächste Woche?",
              "Für die Position {role2} sehen wir allerdings eine gute Passung und würden Sie gern zu einem {step} einladen."]
REJ_CLOSE = ["Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.", "Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.",
             "Gern bewahren wir Ihre Unterlagen mit Ihrer Zustimmung sechs Monate in unserem Talentpool auf."]
FB_ADV_LEAD = ["gute Nachrichten: Das Team möchte Sie zum finalen Gespräch einladen.", "wir möchten Sie gern zur nächsten Runde einladen."]
FB_ADV_INTRO = ["Zur Vorbereitung die Rückmeldung aus der ersten Runde:", "Insgesamt war das Feedback positiv; ein Punkt, an dem Sie arbeiten könnten:"]
FB_REPLY_LEAD = ["danke für Ihre Nachfrage. Ich habe mit der Fachabteilung gesprochen und gebe Ihnen gern Feedback."]
FB_REPLY_END = ["Ich hoffe, das hilft Ihnen weiter. Alles Gute!"]
SENT = {
    "feedback_request": {
        "subj": ["AW: {subj}", "Bitte um Feedback – {role}"],
        "body": ["Hallo {rfirst},\n\nvielen Dank für Ihre Rückmeldung. Könnten Sie mir kurz sagen, woran es gelegen hat? Ein kurzes Feedback zum Gespräch würde mir sehr helfen.",
                 "Sehr geehrte/r {recruiter},\n\ndanke für die Information. Wäre es möglich, ein Feedback zu meinem Interview zu bekommen, damit ich mich verbessern kann?"],
        "labels": ["feedback_request"],
    },
}
