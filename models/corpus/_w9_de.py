"""German word bank for writer w9 (HR portals, Personalberater, Bewerber-Mails, Alltagspost)."""

from __future__ import annotations

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def fmt_date(d: int, m: int) -> str:
    return f"{d:02d}.{m:02d}.2026" if d % 3 else f"{d}. {MONTHS[m - 1]} 2026"


_SIE_ACK_END = ["", "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.", "Bei Rückfragen erreichen Sie uns unter {phone}.", "Ihre Daten behandeln wir selbstverständlich vertraulich."]

KINDS = {
    "ack": dict(labels=["application_ack"], subj=["Ihre Bewerbung als {role}", "Eingangsbestätigung: {role} ({ref})", "Vielen Dank für Ihre Bewerbung bei {co}", "Bewerbung eingegangen – {role}", "Ihre Bewerbung bei {co} | Kennziffer {ref}"], body=[
        ["vielen Dank für Ihre Bewerbung als {role} bei {co}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
         "wir haben Ihre Bewerbung für die Position {role} erhalten und freuen uns sehr über Ihr Interesse an {co}.",
         "Ihre Unterlagen für die Stelle {role} (Kennziffer {ref}) sind wohlbehalten bei uns angekommen – herzlichen Dank dafür.",
         "hiermit bestätigen wir Ihnen den Eingang Ihrer Bewerbung vom {old_date} auf unsere Ausschreibung „{role}“.",
         "schön, dass Sie sich für {co} interessieren! Ihre Bewerbung als {role} ist bei uns eingegangen."],
        ["Unser Recruiting-Team sieht sich Ihr Profil nun in Ruhe an und meldet sich in den kommenden {days} Tagen bei Ihnen.",
         "Wir prüfen Ihre Unterlagen sorgfältig; bitte haben Sie Verständnis, dass das ein wenig Zeit in Anspruch nehmen kann.",
         "Sobald die Fachabteilung Ihre Unterlagen gesichtet hat, hören Sie wieder von uns.",
         "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen: {link}",
         "Wir melden uns, sobald wir Ihre Qualifikationen mit dem Anforderungsprofil abgeglichen haben."],
        _SIE_ACK_END]),
    "ack_du": dict(labels=["application_ack"], formal=False, subj=["Deine Bewerbung ist da 🙌", "Danke für deine Bewerbung, {cand}!", "Wir haben deine Bewerbung als {role} bekommen"], body=[
        ["danke, dass du dich bei uns als {role} beworben hast – deine Unterlagen sind angekommen.",
         "kurze Info: Deine Bewerbung für {role} ist bei uns eingegangen.",
         "cool, dass du Teil von {co} werden willst! Wir haben deine Bewerbung erhalten."],
        ["Wir schauen sie uns in Ruhe an und melden uns spätestens in {days} Tagen.",
         "Jemand aus dem Team liest sie sich in den nächsten Tagen durch, versprochen.",
         "Du hörst so oder so von uns – Ghosting gibt's bei uns nicht."],
        ["", "Bis dahin: Schau gern mal auf unserem Tech-Blog vorbei.", "Fragen? Einfach auf diese Mail antworten."]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Ihre Bewerbung als {role} – nächster Schritt: Online-Test", "Eingangsbestätigung und Einladung zum Online-Assessment", "{co}: Bewerbung erhalten – bitte Assessment absolvieren"], body=[
        ["vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen.",
         "wir bestätigen den Eingang Ihrer Bewerbung für die Stelle {role} bei {co}.",
         "Ihre Bewerbung (Kennziffer {ref}) haben wir erhalten – danke für Ihr Vertrauen."],
        ["Als ersten Schritt unseres Auswahlverfahrens laden wir Sie zu einem Online-Assessment ein. Den Test können Sie innerhalb der nächsten {days} Tage über folgenden Link starten: {link}",
         "Im nächsten Schritt bitten wir Sie, unseren kurzen Online-Eignungstest (ca. {dur} Minuten) zu bearbeiten: {link}",
         "Damit wir Sie besser kennenlernen, möchten wir Sie zu einer Coding-Challenge auf unserer Plattform einladen. Zugang: {link} – der Link ist {days} Tage gültig."],
        ["Bitte planen Sie eine ruhige Umgebung ohne Unterbrechungen ein.", "Nach Abschluss des Tests melden wir uns mit den nächsten Schritten.", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["Einladung zum Telefoninterview – {role}", "Kurzes Kennenlernen? {role} bei {co}", "Ihre Bewerbung: Terminvorschlag für ein erstes Gespräch", "Telefonat zur Stelle {role}"], body=[
        ["Ihre Bewerbung als {role} hat uns neugierig gemacht, und wir würden Sie gern in einem ersten Telefonat näher kennenlernen.",
         "vielen Dank für Ihre aussagekräftigen Unterlagen. Wir möchten Sie gern zu einem telefonischen Erstgespräch einladen.",
         "nach Sichtung Ihrer Unterlagen würden wir gern den nächsten Schritt gehen: ein etwa {dur}-minütiges Telefonat mit mir."],
        ["Passt Ihnen {wday}, der {date}, um {time} Uhr? Alternativ können Sie sich hier selbst einen Termin aussuchen: {link}",
         "Bitte wählen Sie über diesen Link einen für Sie passenden Slot: {link}",
         "Hätten Sie am {wday} zwischen {time} und {time2} Uhr Zeit? Ich würde Sie dann unter der angegebenen Nummer anrufen.",
         "Schicken Sie mir doch zwei, drei Zeitfenster in der kommenden Woche, dann rufe ich Sie an."],
        ["", "Im Gespräch geht es vor allem um Ihre Motivation und Ihre bisherigen Stationen.", "Eine besondere Vorbereitung ist nicht nötig."]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Einladung zum Fachgespräch ({role})", "Nächste Runde: technisches Interview bei {co}", "Zweites Gespräch – {role}", "Einladung: Fachinterview mit dem Team"], body=[
        ["das erste Gespräch mit Ihnen war sehr angenehm, und wir möchten Sie gern in die nächste Runde einladen.",
         "wir freuen uns, Ihnen mitteilen zu können, dass Sie eine Runde weiter sind.",
         "nach Rücksprache mit der Fachabteilung möchten wir Sie zu einem technischen Interview einladen."],
        ["Im Fachgespräch mit zwei Kollegen aus dem Entwicklungsteam geht es um Architekturfragen und eine kleine Live-Coding-Aufgabe (ca. {dur} Minuten).",
         "Das Gespräch findet per Microsoft Teams statt und dauert etwa {dur} Minuten; dabei sind {rec_full} und ein Teamlead.",
         "Geplant sind ein fachlicher Deep Dive zu Ihren bisherigen Projekten und eine gemeinsame Design-Übung."],
        ["Als Termin schlagen wir {wday}, den {date}, um {time} Uhr vor. Bitte bestätigen Sie kurz, ob das passt.",
         "Über diesen Link können Sie sich einen passenden Termin buchen: {link}",
         "Nennen Sie uns bitte bis Ende der Woche zwei mögliche Termine."]]),
    "inv_onsite": dict(labels=["interview_invite"], subj=["Einladung zum Vorstellungsgespräch", "Vorstellungsgespräch am {date} – {role}", "Persönliches Kennenlernen in {city}", "Einladung zum Bewerbungsgespräch bei {co}"], body=[
        ["gern möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch in unser Büro in {city} ein.",
         "Ihre Bewerbung als {role} hat uns überzeugt. Wir laden Sie daher zu einem Vorstellungsgespräch ein.",
         "wir würden uns freuen, Sie zu einem finalen Gespräch vor Ort begrüßen zu dürfen – mit der Bereichsleitung und dem künftigen Team."],
        ["Termin: {wday}, {date}, {time} Uhr. Melden Sie sich bitte am Empfang; Ihre Gesprächspartnerin ist {rec_full}.",
         "Wir haben dafür den {date} um {time} Uhr vorgesehen. Rechnen Sie bitte mit etwa zwei Stunden inklusive Bürorundgang.",
         "Als Termin würden wir den {date} vorschlagen, Uhrzeit nach Absprache."],
        ["Reisekosten erstatten wir Ihnen selbstverständlich gemäß unserer Reisekostenrichtlinie.", "Bitte bringen Sie einen Lichtbildausweis mit.", "Kurze Rückmeldung, ob der Termin passt, genügt.", ""]]),
    "inv_task": dict(labels=["interview_invite"], subj=["Nächster Schritt: Fallstudie", "Ihre Probeaufgabe für {role}", "Case Study – {co}"], body=[
        ["wir möchten Sie im Auswahlprozess gern weiterbegleiten und bitten Sie als nächsten Schritt um die Bearbeitung einer kleinen Fallstudie.",
         "im nächsten Schritt erhalten Sie von uns eine Probeaufgabe, die Sie in Ruhe zu Hause bearbeiten können."],
        ["Die Unterlagen finden Sie unter {link}. Planen Sie bitte etwa drei bis vier Stunden ein; die Abgabe ist bis zum {date} möglich.",
         "Anschließend stellen Sie uns Ihre Ergebnisse in einem {dur}-minütigen Termin vor, den wir gemeinsam abstimmen."],
        ["Bei Verständnisfragen melden Sie sich gern direkt bei mir.", ""]]),
    "inv_resched": dict(labels=["interview_invite"], subj=["Verschiebung unseres Gesprächstermins", "AW: Terminverschiebung Interview {role}", "Neuer Termin für Ihr Vorstellungsgespräch"], body=[
        ["leider muss ich unseren für {old_date} geplanten Gesprächstermin verschieben, da der Fachbereichsleiter kurzfristig verhindert ist – das tut mir sehr leid.",
         "aus organisatorischen Gründen müssen wir Ihr Interview verlegen."],
        ["Wäre stattdessen {wday}, der {date}, um {time} Uhr für Sie möglich?", "Über den folgenden Link können Sie einen neuen Termin auswählen: {link}"],
        ["Vielen Dank für Ihre Flexibilität.", "Ich bitte um Ihr Verständnis."]]),
    "inv_du": dict(labels=["interview_invite"], formal=False, subj=["Lust auf einen Call? 📞", "Kennenlernen – {role}", "Next step bei {co}"], body=[
        ["dein Profil gefällt uns richtig gut und wir würden dich gern kennenlernen.",
         "danke für deine Bewerbung! Wir würden gern mal mit dir quatschen."],
        ["Such dir einfach hier einen Slot für einen {dur}-Minuten-Call mit unserem CTO aus: {link}",
         "Hast du am {wday} um {time} Uhr Zeit für einen Video-Call mit {rec} aus dem Team?"],
        ["Freuen uns auf dich!", "Bis bald!", ""]]),
    "rej": dict(labels=["rejection"], subj=["Ihre Bewerbung als {role}", "Absage – {role}", "Rückmeldung zu Ihrer Bewerbung bei {co}", "Ihre Bewerbung bei {co} ({ref})", "Unsere Entscheidung zu Ihrer Bewerbung"], body=[
        ["vielen Dank für Ihr Interesse an {co} und die Zeit, die Sie in Ihre Bewerbung investiert haben.",
         "nochmals herzlichen Dank für das angenehme Gespräch und Ihr Interesse an der Position {role}.",
         "wir haben Ihre Unterlagen mit großem Interesse gelesen.",
         "zunächst möchten wir uns für Ihre Geduld bedanken."],
        ["Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
         "Nach sorgfältiger Prüfung haben wir uns dazu entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.",
         "Es fällt uns nicht leicht, aber wir können Ihnen heute keine positive Nachricht übermitteln.",
         "Wir haben uns nach reiflicher Überlegung gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden.",
         "Auch wenn Ihr Profil viele interessante Aspekte aufweist, können wir Ihnen leider keine Zusage geben."],
        "{REASON}",
        ["Diese Entscheidung ist keine Bewertung Ihrer Person.", "Wir bedauern, Ihnen keine erfreulichere Nachricht geben zu können.", "",
         "Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen kein individuelles Feedback geben können.",
         "Wir hatten sehr viele qualifizierte Bewerbungen, sodass die Entscheidung schwerfiel."],
        ["Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.", "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
         "Gern würden wir Ihr Profil für künftige Vakanzen in unserem Talentpool behalten – Sie können dem jederzeit widersprechen.", "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute."]]),
    "rej_short": dict(labels=["rejection"], subj=["{role}", "AW: Bewerbung {role}", "Kurze Rückmeldung"], body=[
        ["danke für Ihre Bewerbung – wir haben uns allerdings anders entschieden.", "leider passt es diesmal nicht, wir gehen mit einem anderen Profil weiter.", "wir werden Ihre Bewerbung leider nicht weiterverfolgen."],
        "{REASON}", ["Alles Gute!", "Viel Erfolg weiterhin.", ""]]),
    "rej_du": dict(labels=["rejection"], formal=False, subj=["Update zu deiner Bewerbung", "Deine Bewerbung bei {co}", "Leider keine guten News"], body=[
        ["danke nochmal für die Zeit, die du dir für uns genommen hast.", "erstmal sorry, dass es so lange gedauert hat."],
        ["Wir haben uns am Ende für jemand anderen entschieden.", "Wir machen im Prozess leider nicht mit dir weiter.", "Es war echt knapp, aber diesmal hat es nicht gereicht."],
        "{REASON}", ["Wir wünschen dir ganz viel Erfolg bei der Suche!", "Bleib gern mit uns in Kontakt."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Ihre Bewerbung als {role} – Rückmeldung", "Feedback zu Ihrem Interview bei {co}", "Absage und Feedback", "Ergebnis Ihres Fachgesprächs"], body=[
        ["nochmals vielen Dank für Ihre Zeit und die offenen Gespräche in den letzten Wochen.", "danke, dass Sie sich so intensiv mit unserem Auswahlprozess beschäftigt haben."],
        ["Leider haben wir uns entschieden, Ihnen kein Angebot zu machen.", "Wir werden den Prozess mit Ihnen leider nicht fortsetzen.", "Nach Abstimmung im Team ist die Entscheidung gegen Sie gefallen, so schwer uns das fällt."],
        "{FB}", "{REASON}",
        ["Wir wünschen Ihnen alles Gute.", "Vielleicht kreuzen sich unsere Wege ja zu einem späteren Zeitpunkt wieder.", "Bei Fragen zu diesem Feedback können Sie mich gern anrufen."]]),
    "rej_fb_du": dict(labels=["rejection", "feedback"], formal=False, subj=["Feedback zu deinem Interview", "Deine Bewerbung – ehrliches Feedback"], body=[
        ["danke dir für die Gespräche!", "hat Spaß gemacht mit dir, ehrlich."],
        ["Wir gehen trotzdem mit einer anderen Person weiter.", "Am Ende haben wir uns gegen ein Angebot entschieden."],
        "{FB}", ["Ich hoffe, das hilft dir weiter!", "Alles Gute für dich!"]]),
    "rej_inv": dict(labels=["rejection", "interview_invite"], subj=["Ihre Bewerbung – ein anderer Vorschlag", "{role}: Absage, aber eine Alternative", "Ihre Bewerbung bei {co} und eine weitere Position"], body=[
        ["für die Position {role} haben wir uns leider für eine andere Person entschieden.", "auf die Stelle {role} können wir Ihnen leider keine Zusage geben."],
        "{REASON}",
        ["Ihr Profil passt aus unserer Sicht aber sehr gut zu unserer offenen Stelle als {other_role}. Hätten Sie Interesse an einem Gespräch dazu? Termine können Sie hier buchen: {link}",
         "Gleichzeitig möchten wir Sie gern zu einem Gespräch für die Position {other_role} einladen – passt Ihnen der {date} um {time} Uhr?"],
        ["Wir würden uns freuen, von Ihnen zu hören.", ""]]),
    "offer": dict(labels=["offer"], subj=["Ihr Vertragsangebot – {role}", "Angebot: {role} bei {co}", "Wir freuen uns auf Sie! Ihr Angebot", "Zusage zur Position {role}"], body=[
        ["wir freuen uns sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Position {role} anbieten möchten.",
         "es ist uns eine große Freude: Wir möchten Sie als {role} in unserem Team in {city} begrüßen.",
         "nach den sehr positiven Gesprächen bieten wir Ihnen hiermit die Stelle {role} an."],
        ["Anbei erhalten Sie den Arbeitsvertrag mit einem Bruttojahresgehalt von {salary} EUR und einem Eintrittsdatum zum {start}.",
         "Die Eckdaten: {salary} € brutto im Jahr, 30 Tage Urlaub, Start zum {start}. Den Vertragsentwurf finden Sie im Anhang.",
         "Wie telefonisch besprochen, fassen wir das Angebot noch einmal zusammen: Festanstellung, {salary} € Jahresgehalt, Beginn {start}."],
        ["Bitte geben Sie uns bis zum {date} Bescheid, ob Sie das Angebot annehmen.", "Für Fragen zum Vertrag stehe ich Ihnen jederzeit zur Verfügung.", "Wir würden uns sehr freuen, wenn Sie zusagen."]]),
    "offer_du": dict(labels=["offer"], formal=False, subj=["🎉 Dein Angebot von {co}", "Wir wollen dich an Bord!"], body=[
        ["wir würden dich wahnsinnig gern als {role} ins Team holen!", "gute Nachrichten: Das Team hat sich einstimmig für dich entschieden und wir möchten dir die Stelle anbieten."],
        ["Dein Angebot: {salary} € im Jahr plus virtuelle Anteile, Start ab {start}. Die Details stehen im angehängten PDF.", "Den Vertrag schicke ich dir gleich per DocuSign; Gehalt wie besprochen {salary} €."],
        ["Lass dir ruhig ein paar Tage Zeit.", "Ruf mich gern an, wenn du Fragen hast."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Feedback"], body=[
        ["danke für Ihre Nachricht – gern gebe ich Ihnen eine Rückmeldung.", "natürlich, ich habe mir die Notizen des Panels noch einmal angesehen.", "vielen Dank für Ihre Nachfrage, das ist absolut nachvollziehbar."],
        "{FB}", ["Ich hoffe, das hilft Ihnen bei den nächsten Schritten.", "Viel Erfolg weiterhin!"]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Feedback"], body=[
        ["vielen Dank für Ihre Rückmeldung, auch wenn ich mir natürlich ein anderes Ergebnis gewünscht hätte.", "schade, dass es nicht geklappt hat – danke trotzdem für die transparente Information.", "danke für Ihre Nachricht. Die Absage habe ich mit Bedauern gelesen."],
        ["Dürfte ich Sie um ein kurzes Feedback bitten, woran es gelegen hat?", "Könnten Sie mir sagen, in welchen Bereichen ich mich aus Ihrer Sicht verbessern sollte?", "Wäre es möglich, ein paar Hinweise zu bekommen, was im Interview nicht überzeugt hat?", "Mich würde sehr interessieren, was den Ausschlag gegeben hat – jede Rückmeldung hilft mir weiter."],
        ["Auch zwei, drei Stichpunkte würden mir schon sehr helfen.", "Gern auch kurz telefonisch.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Danke für das Gespräch", "Vielen Dank – Interview {role}"], body=[
        ["vielen Dank für das angenehme Gespräch heute und die interessanten Einblicke in Ihr Team.", "herzlichen Dank für die Zeit, die Sie sich heute genommen haben."],
        ["Meine Motivation für die Stelle {role} ist dadurch noch gewachsen.", "Ich freue mich darauf, von Ihnen zu hören."]]),
    "sent_withdraw": dict(labels=[], subj=["Rückzug meiner Bewerbung – {role}", "Bewerbung {ref}"], body=[
        ["ich möchte mich herzlich für Ihr Interesse und die bisherigen Gespräche bedanken.", "vielen Dank für die Einladung zum nächsten Gespräch."],
        ["Ich habe mich inzwischen jedoch für ein anderes Angebot entschieden und ziehe meine Bewerbung daher zurück.", "Aus persönlichen Gründen möchte ich meine Bewerbung leider zurückziehen."],
        ["Ich wünsche Ihnen viel Erfolg bei der Besetzung der Stelle.", ""]]),
    "sent_accept": dict(labels=[], quote="offer", subj=["AW: Ihr Vertragsangebot – {role}", "Zusage"], body=[
        ["vielen Dank für das Angebot – ich nehme es sehr gern an!", "ich freue mich, Ihnen meine Zusage für die Stelle {role} geben zu können."],
        ["Den unterschriebenen Vertrag schicke ich Ihnen bis Freitag per Post zurück.", "Ich freue mich auf den Start am {start}."]]),
    "sent_sched": dict(labels=[], quote="inv_onsite", subj=["AW: Einladung zum Vorstellungsgespräch", "Terminbestätigung {date}"], body=[
        ["vielen Dank für die Einladung. Den Termin am {date} um {time} Uhr bestätige ich gern.", "der vorgeschlagene Termin passt mir gut, ich werde pünktlich da sein."],
        ["Bis dahin!", "Ich freue mich auf das Gespräch.", ""]]),
    "sent_apply": dict(labels=[], subj=["Bewerbung als {role}", "Bewerbung um die Stelle {role} – Kennziffer {ref}", "Initiativbewerbung"], body=[
        ["mit großem Interesse habe ich Ihre Stellenanzeige als {role} gelesen und bewerbe mich hiermit.", "anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position {role}."],
        ["In meiner aktuellen Position verantworte ich seit drei Jahren die Weiterentwicklung unserer Kernsysteme.", "Lebenslauf und Zeugnisse finden Sie im Anhang."],
        ["Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.", ""]]),
    "neg_status": dict(labels=[], subj=["Stand Ihrer Bewerbung", "Zwischenstand: {role}", "Ihre Bewerbung ist noch in Bearbeitung"], body=[
        ["wir möchten Sie kurz über den Stand Ihrer Bewerbung als {role} informieren.", "Sie haben sicher schon auf eine Nachricht von uns gewartet."],
        ["Ihre Unterlagen befinden sich weiterhin in der Prüfung durch die Fachabteilung.", "Der Auswahlprozess dauert leider länger als geplant; eine Entscheidung ist noch nicht gefallen."],
        ["Wir bitten noch um etwas Geduld und melden uns, sobald es Neuigkeiten gibt.", "Vielen Dank für Ihre Geduld."]]),
    "neg_profile": dict(labels=[], subj=["Ihr Bewerberprofil ist unvollständig", "Erinnerung: Profil vervollständigen"], body=[
        ["in Ihrem Kandidatenprofil bei {co} fehlen noch einige Angaben.", "uns ist aufgefallen, dass Ihr Profil im Karriereportal noch nicht vollständig ist."],
        ["Bitte ergänzen Sie Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin unter {link}.", "Laden Sie bitte noch Ihre Zeugnisse hoch, damit wir Ihr Profil passenden Stellen zuordnen können: {link}"]]),
    "neg_reminder": dict(labels=[], subj=["Erinnerung: Ihr Termin am {date}", "Terminerinnerung – Interview morgen", "Reminder: Gespräch {wday}, {time} Uhr"], body=[
        ["wir möchten Sie an Ihr bereits vereinbartes Gespräch am {date} um {time} Uhr erinnern.", "kurze Erinnerung an unser morgiges Interview um {time} Uhr."],
        ["Den Einwahllink finden Sie wie gewohnt in der Kalendereinladung.", "Adresse: Hauptstraße {dur}, {city}, 3. OG."],
        ["Falls Sie doch verhindert sind, geben Sie uns bitte kurz Bescheid.", ""]]),
    "neg_thanks_today": dict(labels=[], subj=["Danke für heute", "Unser Gespräch"], body=[
        ["vielen Dank für Ihre Zeit heute und das offene Gespräch.", "danke, dass Sie heute den Weg zu uns gefunden haben."],
        ["Wir stimmen uns jetzt intern ab und melden uns bis Ende nächster Woche bei Ihnen.", "Ihre Reisekostenabrechnung können Sie mir einfach formlos schicken."]]),
    "neg_onboarding": dict(labels=[], subj=["Willkommen bei {co} – Ihre Unterlagen für den ersten Arbeitstag", "Onboarding: fehlende Unterlagen", "Personalfragebogen"], body=[
        ["wir freuen uns, dass Sie ab dem {start} unser Team verstärken.", "schön, dass Sie sich für uns entschieden haben!"],
        ["Für die Lohnabrechnung benötigen wir noch Ihre Steuer-ID, Ihre Sozialversicherungsnummer und Ihre Bankverbindung.", "Bitte füllen Sie den angehängten Personalfragebogen aus und senden Sie uns eine Kopie Ihrer Krankenkassenbescheinigung."],
        ["Ihr Laptop liegt am ersten Tag bereit.", "Am ersten Tag holt Sie {rec} am Empfang ab."]]),
    "neg_closed": dict(labels=[], company="client", subj=["Position bei {client} leider schon vergeben", "Kurzes Update zur Vakanz"], body=[
        ["ich hatte Sie letzte Woche wegen der Stelle als {role} bei meinem Kunden {client} angesprochen.", "vielen Dank für Ihr Interesse an der Position, die ich Ihnen vorgestellt hatte."],
        ["Leider hat mir der Kunde gestern mitgeteilt, dass die Stelle bereits besetzt ist – bevor wir Ihre Unterlagen überhaupt einreichen konnten.", "Der Kunde hat die Suche gestoppt, noch bevor wir Ihr Profil vorstellen konnten."],
        ["Ich melde mich, sobald ich etwas Passendes habe.", ""]]),
}

# senders for the "other" shell
OTHER = {
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["StellenRadar", "Jobfinder24 Jobagent", "KarriereKompass"], domains=["stellenradar.de", "jobfinder24.de", "karrierekompass.net"], local=["jobagent", "alert"],
        subj=["12 neue Jobs für „{role}“ in {city}", "Ihr Jobagent: neue Stellen passend zu Ihrer Suche", "{role} – diese Unternehmen suchen jetzt"], body=[
        ["Passend zu Ihrem Suchauftrag „{role}“ haben wir neue Stellenangebote gefunden:", "Diese Stellen könnten Sie interessieren:"],
        "• {role} – {co}, {city}\n• {other_role} – {client}, {city}\n• {role} (m/w/d) – {agency}, Remote",
        ["Jetzt bewerben und Vorstellungsgespräch sichern!", "Tipp: Mit vollständigem Profil werden Sie öfter zum Gespräch eingeladen."]]),
    "neg_profileview": dict(labels=[], company=None, greet="informal", footer="unsub", html_share=0.7, sender=["Xenio Netzwerk", "BerufsNetz"], domains=["xenio-netzwerk.de", "berufsnetz.de"],
        subj=["3 Personen haben Ihr Profil besucht", "Ein Recruiter von {co} hat sich Ihr Profil angesehen"], body=[
        ["Ihr Profil wurde diese Woche 14-mal aufgerufen – darunter von einer Recruiterin bei {co}.", "Jemand aus dem Bereich Personal hat Ihr Profil angesehen."],
        ["Sehen Sie mit Premium, wer es war.", "Halten Sie Ihr Profil aktuell, um mehr Einladungen zu erhalten."]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Karriere-Newsletter", "Der Bewerbungscoach", "Arbeitswelt Weekly"], domains=["karriere-letter.de", "bewerbungscoach.de", "arbeitswelt-weekly.de"], local=["newsletter", "redaktion"],
        subj=["Absage erhalten? So machen Sie weiter", "Die 7 häufigsten Fehler im Vorstellungsgespräch", "Gehaltsverhandlung: Wie Sie Ihr Angebot optimal nutzen", "Feedback nach dem Interview einfordern – geht das?"], body=[
        ["Liebe Leserinnen und Leser,", "Hallo zusammen,"],
        ["eine Absage tut weh – aber sie ist selten persönlich gemeint. In dieser Ausgabe zeigen wir, wie Sie aus „leider müssen wir Ihnen mitteilen“ das Beste machen.", "viele Bewerberinnen laden wir zum Gespräch ein, doch nur wenige bereiten sich auf die Frage nach ihren Schwächen vor. Unsere Tipps helfen.", "ein Jobangebot auf dem Tisch? Glückwunsch! Bevor Sie unterschreiben, lohnt sich ein zweiter Blick auf Überstundenregelung und Probezeit."],
        ["Außerdem: Interview mit einer Personalerin über Feedback nach Absagen.", "Weiterlesen auf unserem Blog."]]),
    "neg_event": dict(labels=[], company=None, greet="formal", footer="unsub", html_share=0.5, sender=["Karrieretag Rhein-Main", "Hochschul-Karriereservice", "Webinar-Team TalentCampus"], domains=["karrieretag-rheinmain.de", "talentcampus.de", "uni-career.de"],
        subj=["Einladung: Karrieremesse am {date}", "Webinar: Souverän ins Vorstellungsgespräch", "Workshop „Bewerbungsmappe-Check“ – jetzt anmelden"], body=[
        ["wir laden Sie herzlich zu unserer Karrieremesse am {date} in {city} ein – über 80 Arbeitgeber, darunter {co}.", "in unserem kostenlosen Webinar am {date} um {time} Uhr lernen Sie, wie Sie im Interview überzeugen.", "am {date} bieten wir einen Workshop zum CV-Check an, Teilnehmerzahl begrenzt."],
        ["Anmeldung unter {link}", "Jetzt Platz sichern: {link}"]]),
    "neg_wohnung": dict(labels=[], company=None, greet="formal", sign=["Mit freundlichen Grüßen\nIhre Hausverwaltung", "Freundliche Grüße\nWohnungsbaugenossenschaft {city} eG"], sender=["Hausverwaltung {rec_last}", "WBG {city}", "Immobilien {rec_last} GmbH"], domains=["hv-{co_dom}", "wbg-mail.de"], local=["vermietung", "info"],
        subj=["Ihre Anfrage zur Wohnung in der {rec_last}straße", "Absage Wohnungsbesichtigung", "Ihre Mietbewerbung"], body=[
        ["vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung und Ihre vollständigen Unterlagen.", "danke, dass Sie zur Besichtigung am Samstag gekommen sind."],
        ["Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.", "Die Wohnung ist inzwischen vergeben; wir können Ihre Bewerbung daher nicht berücksichtigen."],
        ["Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.", ""]]),
    "neg_uni": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Studierendensekretariat", "Zulassungsstelle Universität {city}"], domains=["uni-{co_dom}", "hochschule-mail.de"], local=["zulassung", "studium"],
        subj=["Bescheid über Ihren Antrag auf Zulassung", "Ablehnungsbescheid Masterstudiengang"], body=[
        ["Ihr Antrag auf Zulassung zum Masterstudiengang Informatik wurde geprüft.", "wir danken Ihnen für Ihre Bewerbung um einen Studienplatz zum Wintersemester."],
        ["Leider können wir Ihnen keinen Studienplatz anbieten, da Ihre Abschlussnote unter dem Auswahlgrenzwert liegt.", "Der Ablehnungsbescheid steht im Bewerbungsportal zum Download bereit."],
        ["Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden.", ""]]),
    "neg_kredit": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Ihre Sparkasse", "{agency} Bank"], domains=["bank-{co_dom}", "kredit-service.de"], local=["service", "kredit"],
        subj=["Ihre Kreditanfrage", "Entscheidung zu Ihrem Finanzierungsantrag"], body=[
        ["vielen Dank für Ihre Anfrage über einen Ratenkredit.", "wir haben Ihren Antrag auf Baufinanzierung geprüft."],
        ["Leider können wir Ihnen derzeit kein Angebot unterbreiten.", "Nach Prüfung Ihrer Unterlagen müssen wir Ihren Antrag leider ablehnen."],
        ["Gern beraten wir Sie zu Alternativen in einer unserer Filialen.", ""]]),
    "neg_conf": dict(labels=[], company=None, greet="informal", sender=["Programmkomitee DevKonf", "CfP-Team {city}JS"], domains=["devkonf.de", "cfp-mail.org"], local=["cfp", "program"],
        subj=["Ihre Einreichung zur DevKonf 2026", "CfP: Entscheidung zu deinem Talk"], body=[
        ["vielen Dank für deine Einreichung „Monolithen zähmen“.", "danke, dass Sie einen Vortrag eingereicht haben."],
        ["Leider konnten wir den Vortrag diesmal nicht ins Programm aufnehmen – wir hatten über 400 Einreichungen.", "Das Programmkomitee hat sich gegen die Aufnahme entschieden."],
        ["Als kleines Dankeschön gibt es 20 % Rabatt auf das Ticket.", ""]]),
    "neg_scam": dict(labels=[], company=None, greet="formal", html_share=0.4, sender=["HR Abteilung", "Personalabteilung Global Jobs", "Dr. {rec_last} Recruiting"], domains=["gmail.com", "outlook.com", "jobs-global-{co_dom}"], local=["hr.{rec_last}", "personal.abteilung"],
        subj=["Jobangebot: 4.800 € netto im Homeoffice!!", "Glückwunsch! Sie wurden ausgewählt", "Stellenangebot – Sofortstart ohne Vorstellungsgespräch"], body=[
        ["Ihr Profil wurde aus unserer Datenbank ausgewählt. Wir bieten Ihnen eine Stelle als Paketagent/Finanzagent, ganz ohne Vorstellungsgespräch.", "Herzlichen Glückwunsch! Sie haben den Job als Online-Tester erhalten."],
        ["Senden Sie uns Ihre Ausweiskopie und Bankdaten an diese Adresse, um den Vertrag zu aktivieren.", "Für die Einrichtung ist eine einmalige Gebühr von 49 € zu überweisen.", "Schreiben Sie uns per WhatsApp unter {phone}."]]),
    "neg_interviewer": dict(labels=[], company=None, greet="informal", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec_last}"],
        subj=["Kannst du ein Interview übernehmen?", "Bitte um Unterstützung: Bewerbergespräch {date}", "Interviewer gesucht – {role}"], body=[
        ["wir haben am {date} um {time} Uhr eine Kandidatin für die Stelle {role} im Haus.", "für unsere offene Position {role} suchen wir noch Leute fürs Interview-Panel."],
        ["Hättest du Zeit, das Fachgespräch zu übernehmen? Den Lebenslauf hänge ich an.", "Könntest du die technische Runde führen? Bewertungsbogen liegt im Teams-Kanal."],
        ["Danke dir!", "Gib mir kurz Bescheid."]], sign=["Viele Grüße\n{rec}", "LG {rec}"]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec_last}"],
        subj=["Abwesenheitsnotiz: Bewerbung {role}", "Automatische Antwort: Ihre Bewerbung", "Abwesend: AW: Interview {role}"], body=[
        ["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und habe keinen Zugriff auf meine E-Mails.", "Ich bin derzeit im Urlaub und ab dem {date} wieder erreichbar."],
        ["In dringenden Fällen wenden Sie sich bitte an karriere@{co_dom}.", "Ihre E-Mail wird nicht weitergeleitet."]]),
    "neg_bounce": dict(labels=[], company=None, greet="none", sender=["Mail Delivery System", "MAILER-DAEMON"], domains=["mx.{co_dom}", "mail.gmx.net"], local=["mailer-daemon", "postmaster"],
        subj=["Unzustellbar: Bewerbung als {role}", "Mail delivery failed: returning message to sender"], body=[
        ["Ihre Nachricht konnte nicht zugestellt werden.", "Die folgende Nachricht konnte einem oder mehreren Empfängern nicht zugestellt werden:"],
        "    bewerbung@{co_dom}\n    550 5.1.1 Empfänger unbekannt",
        ["Betreff: Bewerbung als {role}", ""]]),
    "neg_personal": dict(labels=[], company=None, greet="informal", sender=["{rec_full}", "{rec}"], domains=["gmx.de", "web.de", "posteo.de"], local=["{rec}.{rec_last}", "{rec}"],
        subj=["Samstag?", "Fotos vom Wochenende", "Re: Umzug", "Grillen bei uns"], body=[
        ["hast du Samstag Lust auf Kaffee in {city}?", "hier die Fotos von der Wanderung, waren echt schöne dabei.", "danke nochmal für die Hilfe beim Umzug! Kisten sind fast alle ausgepackt."],
        ["Wie läuft's eigentlich mit der Jobsuche? Drück dir die Daumen für das Vorstellungsgespräch nächste Woche.", "Meld dich einfach.", "Bring gern was zum Grillen mit."]], sign=["LG {rec}", "Bis bald\n{rec}"]),
}
KINDS.update(OTHER)

BANK = {
    "code": "de", "formal_share": 1.0, "fmt_date": fmt_date,
    "weekdays": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "co_stems": ["Alpenfels", "Weidner", "Kranich", "Lindwurm", "Brunnhofer", "Havelstrom", "Eichwald", "Sonnentau", "Rheinblick", "Falkenau", "Kupferle", "Nordlicht", "Tannberg", "Wegmann & Söhne", "Isarwerk", "Elbkai", "Schwarzach", "Morgenrot", "Quellbrunn", "Hirschmann", "Steinbock", "Ostwind", "Grünhafen", "Blauberg", "Feldmark", "Zirbel", "Moosbach", "Lechtal", "Bergquelle", "Sternau"],
    "co_trades": ["Logistik", "Energie", "Software", "Versicherung", "Medizintechnik", "Maschinenbau", "Digital", "Systems", "Pharma", "Bau", "Mobility", "Analytics", "Finanz"],
    "co_legal": ["GmbH", "AG", "SE", "GmbH & Co. KG", "KGaA"],
    "tlds": [".de", ".de", ".com", ".at", ".ch"],
    "first": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Lukas", "Sophie", "Maximilian", "Katharina", "Tobias", "Jana", "Florian", "Elif", "Mehmet", "Anja", "Sebastian", "Birgit", "Ole", "Greta", "Yusuf", "Svenja", "Matthias", "Nele", "Dominik", "Ingrid", "Kai"],
    "last": ["Müller", "Schröder", "Becker", "Wagner", "Hoffmann", "Krüger", "Schäfer", "Özdemir", "Lehmann", "Braun", "Zimmermann", "Hartmann", "Vogel", "Kowalski", "Fischer", "Neumann", "Jäger", "Weiß", "Huber", "Brandt", "Scholz", "Pohl"],
    "roles": ["Softwareentwickler (m/w/d)", "Backend Engineer", "Data Analyst (w/m/d)", "Projektmanagerin", "DevOps Engineer", "Controller (m/w/d)", "UX Designerin", "Teamleitung Vertrieb", "IT-Systemadministrator", "Produktmanager (m/w/d)", "Werkstudent Data Science", "Java-Entwickler", "Einkäufer (m/w/d)", "Frontend-Entwicklerin"],
    "rec_titles": ["Talent Acquisition Partnerin", "Recruiterin", "Personalreferent", "HR Business Partner", "Senior Consultant", "Teamleiter Entwicklung", "Head of People"],
    "mailhosts": ["gmail.com", "gmx.de", "web.de", "posteo.de", "t-online.de", "outlook.de"],
    "cities": ["München", "Hamburg", "Köln", "Leipzig", "Stuttgart", "Düsseldorf", "Nürnberg", "Bremen", "Wien", "Zürich", "Frankfurt am Main", "Dresden"],
    "ats_hosts": ["karriere.portal-jobs.de", "bewerbung.talentsuite.eu", "apply.hirevia.io", "jobs.personio-like.de"],
    "ats_relays": ["bewerbermail.de", "talentsuite-mail.eu", "hirevia-notify.io"],
    "dial": ["49", "49", "43", "41"],
    "greet_formal": ["Guten Tag {cand_full},", "Sehr geehrte Bewerberin, sehr geehrter Bewerber,", "Hallo {cand_full},", "Guten Tag,", "Sehr geehrte/r {cand_full},"],
    "greet_informal": ["Hallo {cand},", "Hi {cand},", "Moin {cand},", "Hey {cand},"],
    "greet_to_rec_formal": ["Guten Tag {rec_full},", "Sehr geehrte Damen und Herren,", "Hallo {rec_full},", "Sehr geehrte/r {rec_full},"],
    "greet_to_rec_informal": ["Hallo {rec},", "Hi {rec},", "Liebe/r {rec},"],
    "close_formal": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße"],
    "close_informal": ["Viele Grüße", "Liebe Grüße", "Beste Grüße", "Cheers"],
    "team_sign": ["Ihr Recruiting-Team von {co}", "{co} – Personalabteilung", "{rec_full}\nTalent Acquisition", "Ihr HR-Team"],
    "ats_names": ["Karriere bei {co}", "{co} Recruiting", "Jobs bei {co}", "{co} Personalabteilung", "{co} (über Bewerbermanagement)", "noreply {co}"],
    "legal": ["{legal} · Sitz: {city} · Registergericht Amtsgericht {city}, HRB {dur}{days}4 · Geschäftsführung: {rec_full}",
              "Datenschutzhinweis: Ihre Bewerberdaten verarbeiten wir gemäß Art. 6 Abs. 1 lit. b DSGVO. Weitere Informationen: {link}",
              "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
              "{legal} | Vorstand: {rec_full} (Vors.) | Aufsichtsratsvorsitz: {cand_last} | USt-IdNr. DE{salary}"],
    "tel": ["Tel.", "T:", "Mobil:", "Telefon:"],
    "re": ["AW:", "Aw:", "WG:", "RE:"],
    "reply_hdr": ["Am {wday}, {old_date} um {time} schrieb {qname} <{qaddr}>:", "{qname} <{qaddr}> schrieb am {old_date} um {time}:", "Am {old_date} schrieb {qname}:"],
    "outlook": ["Von:", "Gesendet:", "An:", "Betreff:"],
    "unsub": ["Sie erhalten diese E-Mail, weil Sie sich angemeldet haben. Abmelden: {link}", "Newsletter abbestellen | Datenschutz | Impressum", "Keine Benachrichtigungen mehr? Hier abmelden."],
    "reasons": {
        "role_filled": ["Die Stelle konnte inzwischen besetzt werden.", "Wir haben die Position mittlerweile intern vergeben.", "Die Vakanz ist zwischenzeitlich anderweitig besetzt.", "Eine andere Kandidatin hat inzwischen unser Angebot angenommen."],
        "budget_freeze": ["Aufgrund eines kurzfristig verhängten Einstellungsstopps können wir die Stelle derzeit nicht besetzen.", "Die Budgets für das kommende Geschäftsjahr wurden gekürzt, sodass wir die Position vorerst nicht besetzen dürfen.", "Wegen der wirtschaftlichen Lage wurden alle Neueinstellungen bis auf Weiteres eingefroren."],
        "closer_fit": ["Wir haben uns für eine Person entschieden, deren Erfahrung noch genauer zu unseren Anforderungen passt.", "Ein anderer Bewerber bringt Erfahrungen mit, die näher an unserem konkreten Bedarf liegen.", "Den Ausschlag gab letztlich ein Profil, das in einigen Punkten noch besser zum Aufgabenbereich passt."],
        "level_mismatch": ["Für diese Rolle suchen wir jemanden mit deutlich mehr Führungsverantwortung.", "Die Position ist eher auf Berufseinsteiger zugeschnitten und wäre für Ihr Erfahrungsniveau nicht die richtige Herausforderung.", "Wir benötigen für das Team aktuell eine Person auf Senior-Niveau."],
        "role_cancelled": ["Die Stelle wurde im Zuge einer Umstrukturierung gestrichen.", "Das Projekt, für das wir die Position ausgeschrieben hatten, wurde eingestellt; die Stelle entfällt daher.", "Nach interner Abstimmung wird die Position nicht mehr besetzt."],
    },
    "fb_intro": ["Gern geben wir Ihnen ein paar Rückmeldungen aus den Gesprächen mit auf den Weg:", "Damit Sie etwas mitnehmen können, hier das Feedback des Interview-Teams:", "Zur Einordnung unserer Entscheidung:", "Aus den Notizen der Interviewer:"],
    "fb_outro": ["Wir hoffen, diese Hinweise helfen Ihnen bei künftigen Bewerbungen.", "Das sind natürlich nur Eindrücke aus wenigen Stunden."],
    "praise": ["Ihr Interesse an unserem Produkt war deutlich spürbar, und das Gespräch war sehr angenehm.", "Fachlich haben Sie in vielen Bereichen einen soliden Eindruck hinterlassen.", "Besonders gefallen hat uns Ihre offene und sympathische Art.", "Ihre Motivation und Ihre Neugier kamen sehr gut rüber."],
    "topics": {
        "coding": ["Bei der Programmieraufgabe hat uns die Lösung noch nicht überzeugt – Randfälle und Tests kamen deutlich zu kurz.", "Im Live-Coding hat es recht lange gedauert, bis eine lauffähige Lösung stand.", "Ihr Code in der Probeaufgabe lief zwar, war aber schwer lesbar und kaum strukturiert."],
        "system_design": ["Beim Architekturteil hätten wir uns gewünscht, dass Sie stärker durchdenken, wie das System unter hoher Last skaliert.", "Im Design-Gespräch blieben Fragen zu Datenhaltung und Ausfallsicherheit weitgehend offen.", "Ihr Entwurf war eher ein Einzelserver-Ansatz; Themen wie Caching oder Partitionierung haben uns gefehlt."],
        "technical_depth": ["Bei den Fachfragen fehlte uns an einigen Stellen die Tiefe, etwa bei Nebenläufigkeit und Speicherverwaltung.", "Bei Nachfragen zu den Technologien aus Ihrem Lebenslauf blieben die Antworten oft an der Oberfläche.", "Das fachliche Fundament in den Kernthemen der Stelle wirkte noch nicht gefestigt genug."],
        "behavioural": ["Bei den Fragen zu konkreten Situationen aus Ihrem Berufsalltag blieben Ihre Beispiele eher allgemein.", "Uns fehlten greifbare Beispiele dafür, wie Sie früher mit schwierigen Situationen umgegangen sind.", "Ihre Antworten auf die situativen Fragen hätten strukturierter sein können: Ausgangslage, Ihr Beitrag, Ergebnis."],
        "communication": ["Ihre Erklärungen waren stellenweise schwer nachzuvollziehen; etwas mehr Struktur hätte geholfen.", "Dem Panel fiel es nicht immer leicht, Ihrem Gedankengang zu folgen.", "Sie haben oft sehr ausführlich geantwortet, ohne auf den Punkt zu kommen."],
        "questions_to_ask": ["Am Ende hatten Sie kaum eigene Fragen an uns, was bei uns den Eindruck geringen Interesses hinterlassen hat.", "Wir hätten uns gewünscht, dass Sie mehr über das Team und unsere Arbeitsweise wissen wollen."],
        "composure": ["Man hat gemerkt, dass Sie unter Zeitdruck nervös wurden, und das hat sich auf Ihre Antworten ausgewirkt.", "Als die Nachfragen kritischer wurden, wirkten Sie etwas aus dem Konzept gebracht."],
        "experience_level": ["Im Vergleich mit anderen Kandidaten war Ihre praktische Erfahrung mit größeren Projekten noch überschaubar.", "Für die Verantwortung in dieser Rolle fehlt Ihnen aus unserer Sicht noch etwas Berufspraxis."],
        "collaboration": ["Aus Ihren Schilderungen wurde nicht ganz klar, wie Sie Entscheidungen im Team abstimmen.", "Bei der Pair-Übung haben Sie die Vorschläge Ihres Gegenübers kaum aufgegriffen."],
        "cv_positioning": ["Ihr Lebenslauf stellt die relevanten Projekte leider nicht heraus – vieles, was Sie im Gespräch erzählt haben, stand dort gar nicht.", "Anschreiben und Lebenslauf waren sehr allgemein gehalten und kaum auf die Stelle zugeschnitten."],
    },
    "agency_intro": ["ich melde mich im Auftrag meines Mandanten {co}, für den ich die Position {role} besetze.", "ich betreue für {co} die Suche nach einer Person für die Rolle {role}.", "wie telefonisch angekündigt, melde ich mich zu Ihrer Bewerbung bei meinem Kunden {co}."],
    "kinds": KINDS,
}

# more ways to say the same things (indirect weaknesses, extra openers), kept apart for readability
_T = BANK["topics"]
_T["coding"] += ["Ihr Ansatz bei der Aufgabe war im Kern richtig, die Umsetzung blieb aber fehleranfällig, und Tests haben Sie erst auf Nachfrage erwähnt.", "Die Kollegen hätten sich beim Programmieren ein strukturierteres Vorgehen gewünscht – kleine Schritte, sprechende Namen, ein paar Tests."]
_T["system_design"] += ["Spannend wäre gewesen, wie sich Ihr Entwurf verhält, wenn statt hundert plötzlich hunderttausend Nutzer gleichzeitig zugreifen – darauf sind Sie kaum eingegangen.", "Bei der Frage, wie die Komponenten miteinander sprechen und was bei einem Ausfall passiert, blieb Ihr Architekturbild recht vage."]
_T["technical_depth"] += ["Sobald wir eine Ebene tiefer gefragt haben – etwa was unter der Haube Ihrer Datenbank passiert –, wurde es dünn.", "Viele Begriffe waren Ihnen vertraut, das Verständnis der Zusammenhänge dahinter aber noch nicht ganz."]
_T["behavioural"] += ["Wenn wir nach einer konkreten Situation gefragt haben, kamen oft allgemeine Aussagen statt einer Geschichte, in der Ihr eigener Beitrag sichtbar wird.", "Uns fiel es schwer, aus Ihren Antworten herauszuhören, was Sie persönlich in schwierigen Projektphasen getan haben."]
_T["communication"] += ["Die Präsentation Ihrer Fallstudie war inhaltlich gut, aber für Zuhörer ohne Vorwissen kaum nachvollziehbar.", "Manchmal hätten wir uns eine kürzere, klarere Antwort gewünscht – der Kern ging in vielen Details unter."]
_T["questions_to_ask"] += ["Auf die Frage, was Sie von uns wissen möchten, kam leider wenig – dabei hätten wir gern über Team und Produkt gesprochen.", "Eigene Fragen zur Rolle oder zur Teamkultur haben wir vermisst."]
_T["composure"] += ["In der zweiten Hälfte des Gesprächs wirkten Sie sehr angespannt, was Ihre Antworten spürbar beeinträchtigt hat.", "Sobald etwas nicht auf Anhieb funktionierte, haben Sie den Faden verloren."]
_T["experience_level"] += ["Die Aufgaben der Stelle setzen Routine voraus, die sich bei Ihnen erst noch entwickeln muss.", "Ihre bisherigen Stationen waren eher kurz, sodass uns Erfahrung über einen längeren Produktzyklus fehlt."]
_T["collaboration"] += ["Uns blieb offen, wie Sie mit unterschiedlichen Meinungen im Team umgehen – Ihre Beispiele drehten sich fast nur um Einzelarbeit.", "In der Gruppenübung haben Sie wenig mit den anderen abgestimmt."]
_T["cv_positioning"] += ["Ihre Unterlagen lesen sich wie eine Aufzählung von Tätigkeiten; was Sie konkret erreicht haben, erschließt sich daraus kaum.", "Aus Ihrem Profil geht nicht hervor, warum gerade Sie für diese Stelle passen – das hätten wir uns deutlicher gewünscht."]
_K = BANK["kinds"]
_K["fbreq"]["subj"] = ["Bitte um Feedback", "Feedback zu meinem Interview", "Rückfrage zu Ihrer Absage – {role}", "Kurze Bitte"]
_K["rej"]["body"][0] += ["nochmals danke, dass Sie sich die Zeit für das Gespräch mit unserem Team genommen haben.", "wir melden uns heute mit einer Rückmeldung zu Ihrer Bewerbung als {role}."]
_K["rej"]["body"][1] += ["Wir haben uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen.", "Leider können wir Ihnen keine positive Rückmeldung geben."]
_K["ack"]["body"][0] += ["herzlichen Dank für Ihre Online-Bewerbung – sie ist vollständig in unserem System angekommen.", "wir bestätigen hiermit den Erhalt Ihrer Unterlagen für die ausgeschriebene Position {role}."]
_K["inv_phone"]["body"][0] += ["Ihr Lebenslauf hat uns gut gefallen – deshalb würden wir gern telefonisch die nächsten Schritte besprechen."]
BANK["close_formal"] += ["Herzliche Grüße", "Freundliche Grüße aus " + "{city}", "Mit besten Grüßen", "Schöne Grüße"]
BANK["greet_formal"] += ["Hallo,", "Guten Morgen {cand_full},", "Liebe Bewerberin, lieber Bewerber,"]
BANK["ats_hosts"] += ["jobs.bewerbercloud.de", "karriere.recruitee-like.com", "stellen.softgarden-like.de"]
BANK["kinds"]["neg_withdraw_ack"] = dict(labels=[], subj=["AW: Rückzug meiner Bewerbung – {role}", "Ihre Absage an uns"], body=[
    ["vielen Dank für Ihre offene Nachricht – schade, dass Sie Ihre Bewerbung zurückziehen.", "wir haben Ihre Entscheidung, den Prozess zu beenden, zur Kenntnis genommen."],
    ["Wir respektieren das natürlich und wünschen Ihnen für die neue Stelle einen guten Start.", "Sollten Sie es sich anders überlegen, melden Sie sich gern jederzeit wieder bei uns."],
    ["Ihre Unterlagen löschen wir wie gewünscht.", ""]])
BANK["kinds"]["neg_club"] = dict(labels=[], company=None, greet="formal", sender=["Vorstand TC Blau-Weiß {city}", "Stiftung Studienförderung", "Kleingartenverein Sonnenhang"], domains=["tc-blauweiss.de", "studienfoerderung.org", "kgv-sonnenhang.de"], local=["vorstand", "foerderung"],
    subj=["Ihr Aufnahmeantrag", "Entscheidung über Ihren Stipendienantrag", "Ihre Bewerbung um eine Parzelle"], body=[
    ["vielen Dank für Ihren Antrag auf Mitgliedschaft.", "der Auswahlausschuss hat in seiner letzten Sitzung über Ihren Antrag auf ein Stipendium beraten.", "danke für Ihr Interesse an einer Gartenparzelle."],
    ["Leider können wir Sie derzeit nicht aufnehmen, da unsere Mitgliederzahl begrenzt ist; wir haben Sie auf die Warteliste gesetzt.", "Zu unserem Bedauern können wir Ihnen in dieser Förderrunde kein Stipendium gewähren.", "Aktuell ist leider keine Parzelle frei, und die Warteliste ist lang."],
    ["Wir wünschen Ihnen alles Gute.", ""]], sign=["Mit sportlichen Grüßen\nDer Vorstand", "Mit freundlichen Grüßen\nDie Geschäftsstelle"])
