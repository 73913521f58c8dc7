"""Writer w31, German: Absage/Zusage/Bewerbung look-alikes beside the real hiring mail (DE/AT/CH)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w31_core as core  # noqa: E402

FAMILY_PREFIX = "w31de"
LANG = "de"

FIRST = ["Jana", "Lukas", "Miriam", "Tobias", "Selin", "Florian", "Katrin", "Jonas", "Ayşe", "Matthias",
         "Leonie", "Dominik", "Friederike", "Benedikt", "Nadine", "Ole", "Vesna", "Raphael", "Theresa",
         "Maximilian", "Corinna", "Henrik", "Lea", "Sven", "Johanna", "Reto", "Ursina", "Gregor", "Anja",
         "Kemal", "Birgit", "Elias", "Franziska", "Wolfgang", "Mara", "Niklas", "Pia", "Severin", "Ilka"]
LAST = ["Brandstätter", "Kowalczyk", "Hufnagel", "Meier", "Oberhauser", "Schwarzer", "Yilmaz", "Zimmerli",
        "Lindner", "Pfister", "Engel", "Kretschmer", "Hölzl", "Bauer", "Nussbaumer", "Vogt", "Gruber",
        "Aydin", "Steiner", "Wendt", "Rüegg", "Petrović", "Sauter", "Imhof", "Krämer", "Lang", "Tschudi",
        "Falkenberg", "Roth", "Winkler", "Seidl", "Haller", "Dietrich", "Marquardt"]
ROLES = ["Werkstudent*in Data Analytics", "Softwareentwickler (m/w/d) Java", "Projektingenieurin Elektrotechnik",
         "Sachbearbeiter Finanzbuchhaltung", "Junior Product Manager (w/m/d)", "UX Designerin", "Controller (m/w/d)",
         "IT-Systemadministrator", "Backend Developer Python", "Kaufmännische Assistenz", "Teamleitung Logistik",
         "Data Engineer (all genders)", "Marketing Manager DACH", "Key Account Manager", "Personalreferent*in",
         "Fachinformatiker Anwendungsentwicklung", "Qualitätsingenieur", "Frontend-Entwickler React",
         "Business Analyst Versicherung", "Einkäufer (m/w/d)", "DevOps Engineer", "Wirtschaftsprüfungsassistent"]
CITIES = ["München", "Köln", "Leipzig", "Stuttgart", "Hamburg", "Wien", "Graz", "Linz", "Zürich", "Bern",
          "Basel", "Luzern", "Nürnberg", "Mannheim", "Freiburg", "Salzburg", "Dresden", "Bielefeld"]
AGENCIES = ["Talentbrücke Personalberatung", "Hochland Executive Search", "Weitblick Personal",
            "Kanton Staffing", "Nordlicht Recruiting", "Alpenrecruit"]
MY_EMPLOYERS = ["fernwerk-logistik.de", "stadtwerke-ahrensburg.de", "kraemer-it.at", "helvetia-data.ch"]

_roots = ["Brenner", "Lindwurm", "Auerbach", "Falkenstein", "Hohenau", "Isar", "Kranich", "Lorenz",
          "Mühlbach", "Nordhang", "Oberland", "Rheinblick", "Sonnberg", "Tannheim", "Ulmer", "Wetterstein",
          "Zollern", "Eichwald", "Grünau", "Hafenkant", "Seeland", "Gotthard", "Limmat", "Aare", "Donau",
          "Kalkstein", "Birkenhof", "Steinbock", "Fuchsbau", "Weinberg"]
_trades = ["Haustechnik", "Software", "Logistik", "Versicherung", "Medizintechnik", "Bau", "Energie",
           "Maschinenbau", "Druck", "Consulting", "Datenwerk", "Pharma", "Möbel", "Lebensmittel", "Bank",
           "Systeme", "Analytics", "Mobility"]


def _companies() -> list[tuple[str, str, str]]:
    r = random.Random(31001)
    out = []
    for tld, forms, n in (("de", ["GmbH", "AG", "GmbH & Co. KG", "SE"], 30),
                          ("at", ["GmbH", "AG", "Ges.m.b.H."], 14), ("ch", ["AG", "GmbH", "SA"], 14)):
        for name, legal in core.make_companies(r, _roots, _trades, forms, n):
            out.append((name, legal, tld))
    return out


COMPANIES = _companies()


def extra_ctx(rng: random.Random) -> dict:
    day = rng.randrange(2, 28)
    mon = core.pick(rng, ["März", "April", "Mai", "Juni", "September", "Oktober", "November"])
    wd = core.pick(rng, ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"])
    return {
        "date": f"{wd}, {day}. {mon}", "time": f"{rng.randrange(8, 17)}:{core.pick(rng, ['00', '15', '30', '45'])} Uhr",
        "link": core.pick(rng, ["https://karriere.{domain}/termin/", "https://app.terminwahl.eu/b/",
                                "https://bewerberportal.{domain}/login?t="]) + str(rng.randrange(10**5, 10**6)),
        "salary": f"{rng.randrange(48, 96)}.{core.pick(rng, ['000', '500'])} €",
        "start": f"1. {core.pick(rng, ['Januar', 'Februar', 'April', 'Juli', 'Oktober'])}",
        "dur": core.pick(rng, ["30 Minuten", "45 Minuten", "etwa eine Stunde", "90 Minuten"]),
    }


WHEN = ["{date} um 09:12", "{date}, 14:03", "12.03.2024 um 17:45", "{date} 11:30"]
REPLY_PREFIX = ["AW: ", "Re: ", "RE: ", "AW: AW: "]
EXTERN_TAGS = ["[Extern] ", "[EXTERNAL] ", "EXTERN: "]
HTML_BRANDS = ["{co}", "{co} Karriere", "Karriereportal {co}", ""]

GREET = {
    "formal": ["Sehr geehrte/r {cfirst} {clast},", "Sehr geehrte Frau {clast},", "Sehr geehrter Herr {clast},",
               "Guten Tag {cfirst} {clast},", "Hallo {cfirst} {clast},", "Grüezi {cfirst} {clast}",
               "Liebe/r {cfirst} {clast},", "Guten Tag,"],
    "informal": ["Hi {cfirst},", "Hallo {cfirst}!", "Hey {cfirst},", "Servus {cfirst},", "Liebe*r {cfirst},",
                 "Moin {cfirst},"],
}
SIGN = {
    "formal": ["Mit freundlichen Grüßen", "Freundliche Grüsse", "Beste Grüße", "Viele Grüße",
               "Mit besten Grüßen aus {city}", "Freundliche Grüße", "Herzliche Grüße"],
    "informal": ["Liebe Grüße", "Viele Grüße", "LG", "Beste Grüße", "Cheers", "Bis bald"],
}
HR_SIG = ["{rfirst} {rlast}\nHR Business Partner\n{legal}\n{city}",
          "{rfirst} {rlast}\nPersonalabteilung | {legal}\nTel. +49 {ref}",
          "{rfirst} {rlast}\nTalent Acquisition\n{legal} · {city}",
          "{rfirst}", "{rfirst} {rlast}\nGeschäftsführung {co}"]
HR_TEAM_NAMES = ["Personalabteilung {co}", "HR {co}", "{co} Recruiting"]
ATS_NAMES = ["{co} Karriere", "Jobs bei {co}", "{co} | Recruiting", "no-reply {co}", "Bewerbermanagement {co}"]
ATS_ADDRS = ["noreply@{domain}", "no-reply@bewerbung.{domain}", "jobs-{ref}@mail.personalwolke.de",
             "karriere@notify.bewerbungsbox.eu", "do-not-reply@{domain}"]
ATS_SIG = ["Ihr Recruiting-Team\n{legal}", "Das HR-Team der {co}", "{co} Talent Acquisition",
           "Ihr Bewerbermanagement", ""]
AGENCY_SIG = ["{rfirst} {rlast}\nSenior Consultant\n{agency}", "{rfirst} {rlast} | {agency} | {city}"]
CAND_SIG = ["{cfirst} {clast}", "{cfirst}", "{cfirst} {clast}\n+49 171 {ref}",
            "{cfirst} {clast}\nhttps://www.linkedin.com/in/{cfirst}{clast}"]
FOOTERS = [
    "{legal} · Sitz: {city} · Registergericht {city} · Geschäftsführer: {bfirst} {blast}",
    "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
    "Informationen zum Umgang mit Ihren Bewerberdaten finden Sie in unserer Datenschutzerklärung.",
    "Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, "
    "informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
    "{legal}, {city} – UID ATU{ref}",
    "Impressum | Datenschutz | Karriereseite",
]

BANKS = {
    "oc": {
        "role_filled": ["Die Position konnte inzwischen intern besetzt werden.",
                        "Die Stelle ist mittlerweile vergeben.",
                        "Wir haben die Vakanz in der Zwischenzeit bereits besetzt.",
                        "Kurz vor Ihrem Termin hat eine andere Person unser Angebot angenommen, die Stelle ist damit nicht mehr frei."],
        "budget_freeze": ["Aufgrund eines unternehmensweiten Einstellungsstopps können wir die Stelle derzeit nicht besetzen.",
                          "Leider wurden die Budgets für neue Stellen in diesem Jahr eingefroren.",
                          "Die wirtschaftliche Lage zwingt uns, Neueinstellungen vorerst auszusetzen."],
        "closer_fit": ["Wir haben uns für eine Kandidatin entschieden, deren Profil noch etwas genauer zu unseren Anforderungen passt.",
                       "Eine andere Bewerbung deckte die Anforderungen der Stelle noch umfassender ab.",
                       "Am Ende gab die einschlägige Branchenerfahrung einer Mitbewerberin den Ausschlag.",
                       "Wir haben uns für jemanden entschieden, dessen bisherige Stationen näher an unserem Aufgabengebiet liegen."],
        "level_mismatch": ["Für diese Rolle suchen wir jemanden mit deutlich mehr Führungserfahrung.",
                           "Die Position ist eher auf Berufseinsteiger zugeschnitten, Ihr Profil liegt darüber.",
                           "Wir suchen für das Team eine erfahrenere Person auf Senior-Niveau."],
        "role_cancelled": ["Die ausgeschriebene Stelle wurde nach einer Umstrukturierung gestrichen.",
                           "Das Projekt, für das wir die Stelle geschaffen hatten, wurde gestoppt, daher besetzen wir sie nicht.",
                           "Die Ausschreibung wurde zurückgezogen, da sich die Teamplanung geändert hat."],
    },
    "praise": ["Ihre Motivation und Ihr freundliches Auftreten haben uns gut gefallen.",
               "Fachlich haben Sie in vielen Punkten überzeugt.",
               "Ihre Erfahrung im Projektgeschäft kam im Gespräch gut rüber.",
               "Das Team fand Ihre offene Art sehr angenehm."],
    "fb": {
        "coding": ["Bei der Programmieraufgabe blieb Ihre Lösung leider unvollständig und die Tests liefen nicht durch.",
                   "In der Live-Coding-Runde fehlte uns eine saubere Struktur im Code.",
                   "Die Implementierung der Aufgabe war funktional, aber schwer lesbar und ohne Fehlerbehandlung."],
        "system_design": ["Beim Architekturteil hätten wir uns mehr Überlegungen dazu gewünscht, wie das System unter hoher Last skaliert.",
                          "Ihr Entwurf für die Plattform ließ offen, wie Daten zwischen den Diensten konsistent bleiben.",
                          "Die Skizze der Systemarchitektur blieb aus unserer Sicht zu oberflächlich."],
        "technical_depth": ["Bei den Rückfragen zu Datenbanken ging es dann nicht sehr in die Tiefe.",
                            "Uns fehlte an einigen Stellen das tiefere Verständnis der eingesetzten Werkzeuge.",
                            "Auf Nachfragen zu den Details Ihrer Projekte blieben die Antworten eher allgemein."],
        "behavioural": ["Bei den Fragen zu schwierigen Situationen im Team hätten wir uns konkretere Beispiele aus Ihrer Praxis gewünscht.",
                        "Ihre Beispiele zu Konflikten und Entscheidungen blieben recht abstrakt."],
        "communication": ["Ihre Antworten waren teilweise sehr ausschweifend, sodass der Kern schwer greifbar war.",
                          "Es fiel Ihnen schwer, komplexe Sachverhalte kurz und verständlich zu erklären.",
                          "Die Präsentation Ihrer Fallstudie war inhaltlich gut, aber wenig strukturiert vorgetragen."],
        "questions_to_ask": ["Am Ende hatten Sie kaum Fragen an uns, was bei uns den Eindruck geringen Interesses hinterließ.",
                             "Wir hätten uns gewünscht, dass Sie mehr über das Team und die Aufgaben wissen wollen."],
        "composure": ["Man merkte Ihnen die Nervosität deutlich an, besonders als es unter Zeitdruck ging.",
                      "Als die Fragen kritischer wurden, wirkten Sie verunsichert und haben den Faden verloren."],
        "experience_level": ["Ihre praktische Erfahrung mit größeren Teams ist für diese Aufgabe noch zu gering.",
                             "Uns fehlt bei Ihnen noch die Berufserfahrung in der Leitung eigener Projekte."],
        "collaboration": ["Bei der Gruppenübung haben Sie die Ideen der anderen wenig aufgegriffen.",
                          "Es blieb offen, wie Sie mit anderen Abteilungen zusammenarbeiten würden."],
        "cv_positioning": ["Ihr Lebenslauf macht leider nicht deutlich, welche Ihrer Erfahrungen für diese Stelle relevant sind.",
                           "Aus den Unterlagen geht Ihr eigener Beitrag zu den genannten Projekten kaum hervor.",
                           "Das Anschreiben war sehr allgemein gehalten und kaum auf unsere Ausschreibung bezogen."],
    },
}

_thanks = ["vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an der {co}.",
           "herzlichen Dank für Ihr Interesse an einer Mitarbeit bei {co}.",
           "danke, dass Sie sich die Zeit für die Gespräche mit uns genommen haben.",
           "wir danken Ihnen für Ihre Bewerbung (Kennziffer {ref}) und das Vertrauen in unser Unternehmen."]
_no = ["Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
       "Nach sorgfältiger Prüfung haben wir uns für eine andere Kandidatin entschieden.",
       "Leider können wir Ihnen heute keine positive Nachricht geben.",
       "Wir haben uns nach reiflicher Überlegung entschieden, den Prozess mit anderen Bewerbern fortzusetzen.",
       "Diesmal hat es leider nicht gereicht.",
       "Nach Abschluss der Auswahlgespräche müssen wir Ihnen leider absagen.",
       "Wir werden Ihre Bewerbung daher nicht in die engere Auswahl nehmen."]
_no_after = ["Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
             "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
             "Gerne dürfen Sie sich auf künftige Ausschreibungen wieder bei uns bewerben.",
             "Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, und wünschen Ihnen viel Erfolg.",
             None]
_invite = ["Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.",
           "Wir würden uns freuen, Sie zu einem Vorstellungsgespräch einzuladen.",
           "Gerne möchten wir mit Ihnen in einem ersten Telefoninterview ({dur}) über die Stelle sprechen.",
           "Im nächsten Schritt laden wir Sie zu einem Videointerview mit unserer Fachabteilung ein.",
           "Als nächsten Schritt möchten wir Sie zu einem Probearbeitstag in unserem Team in {city} einladen."]
_slot = ["Bitte wählen Sie über folgenden Link einen passenden Termin: {link}",
         "Hätten Sie am {date} um {time} Zeit? Alternativ schlagen Sie gern zwei andere Termine vor.",
         "Bitte teilen Sie uns mit, welcher der folgenden Termine Ihnen passt: {date}, {time} oder am Folgetag zur gleichen Zeit.",
         "Den Teams-Link schicken wir Ihnen nach Ihrer Terminbestätigung."]

KINDS: dict[str, core.Kind] = {
    "ack": {
        "labels": ["application_ack"],
        "subj": ["Eingangsbestätigung Ihrer Bewerbung", "Ihre Bewerbung als {role}", "Bewerbung eingegangen – {role} ({ref})",
                 "Danke für Ihre Bewerbung bei {co}", "Wir haben Ihre Unterlagen erhalten"],
        "body": [["vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen.",
                  "hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {role}.",
                  "Ihre Bewerbung ist gut bei uns angekommen – danke dafür!",
                  "wir haben Ihre Bewerbungsunterlagen (Kennziffer {ref}) erhalten und freuen uns über Ihr Interesse."],
                 ["Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.",
                  "Die Fachabteilung sichtet derzeit alle Bewerbungen; bitte haben Sie etwas Geduld.",
                  "Sobald wir Ihre Bewerbung geprüft haben, erhalten Sie eine Rückmeldung von uns.",
                  "Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen."]],
        "inf": {"body": [["danke für deine Bewerbung als {role}! Sie ist bei uns angekommen.",
                          "deine Unterlagen sind da – danke, dass du dich bei {co} bewirbst."],
                         ["Wir schauen sie uns in Ruhe an und melden uns in den nächsten zwei Wochen.",
                          "Das Team liest jede Bewerbung selbst, du hörst bald von uns."]]},
    },
    "ack_invite": {
        "labels": ["application_ack", "interview_invite"],
        "subj": ["Ihre Bewerbung bei {co} – nächster Schritt: Online-Test", "Bewerbung erhalten + Einladung zum Assessment"],
        "body": [["vielen Dank für Ihre Bewerbung als {role}, die wir erhalten haben.",
                  "wir bestätigen den Eingang Ihrer Bewerbung."],
                 ["Als ersten Schritt im Auswahlverfahren laden wir Sie zu einem Online-Assessment ein (Dauer ca. {dur}).",
                  "Im nächsten Schritt bitten wir Sie, einen kurzen Online-Eignungstest zu absolvieren – Sie sind hiermit dazu eingeladen.",
                  "Zum weiteren Verfahren gehört ein zeitversetztes Videointerview, zu dem wir Sie hiermit einladen."],
                 ["Den Zugang finden Sie hier: {link}. Bitte schließen Sie den Test innerhalb von sieben Tagen ab.",
                  "Bitte nutzen Sie diesen Link: {link}"]],
    },
    "invite": {
        "labels": ["interview_invite"],
        "subj": ["Einladung zum Vorstellungsgespräch", "Ihre Bewerbung als {role} – Einladung", "Kennenlernen bei {co}?",
                 "Terminvorschlag Telefoninterview", "Einladung zum Zweitgespräch – {role}", "Nächster Schritt: Gespräch mit der Fachabteilung"],
        "body": [(_thanks, _invite), _slot,
                 ["Das Gespräch findet mit {bfirst} {blast} (Teamleitung) und mir statt.",
                  "Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich am Empfang.", None, None]],
        "inf": {"body": [["danke für deine Bewerbung – wir würden dich gern kennenlernen!",
                          "dein Profil hat uns neugierig gemacht. Hast du Lust auf ein erstes Gespräch mit {bfirst} aus dem Team?",
                          "wir möchten dich zu einem lockeren Kennenlernen per Video einladen."],
                         ["Such dir hier einfach einen Slot aus: {link}", "Passt dir {date} um {time}?"]]},
    },
    "rej": {
        "labels": ["rejection"],
        "subj": ["Ihre Bewerbung als {role}", "Ihre Bewerbung bei {co}", "Rückmeldung zu Ihrer Bewerbung", "Absage – {role} ({ref})",
                 "Ihre Bewerbung vom {date}", "Unsere Entscheidung"],
        "body": [(_thanks, _no, "@OC?"), _no_after],
        "inf": {"body": [["danke dir für die Bewerbung und die Zeit, die du investiert hast.",
                          "schön, dass wir uns kennengelernt haben!"],
                         ["Leider müssen wir dir absagen – wir haben uns für jemand anderen entschieden.",
                          "Wir haben uns am Ende anders entschieden und gehen mit einer anderen Person weiter.",
                          "Ich muss dir leider sagen, dass es diesmal nicht geklappt hat."],
                         "@OC?", ["Alles Gute dir!", "Vielleicht passt es ja ein anderes Mal.", None]]},
    },
    "rej_oc": {
        "labels": ["rejection"],
        "subj": ["Ihre Bewerbung – {role}", "Information zu Ihrer Bewerbung", "Absage Vorstellungsgespräch am {date}"],
        "body": [(_thanks, ["Leider müssen wir Ihnen eine Absage erteilen.", "Wir müssen das Verfahren für Sie leider beenden.",
                            "Ihr geplanter Gesprächstermin entfällt leider."], "@OC"), _no_after],
    },
    "rej_fb": {
        "labels": ["rejection", "feedback"],
        "subj": ["Ihre Bewerbung als {role} – Rückmeldung", "Feedback zu Ihrem Gespräch", "Unsere Entscheidung + Feedback"],
        "body": [(_thanks, _no), ["Gern geben wir Ihnen eine kurze Rückmeldung, die Ihnen hoffentlich weiterhilft:",
                                  "Damit Sie die Entscheidung nachvollziehen können, ein paar Punkte aus dem Gespräch:",
                                  "Zur Begründung:"], "@FB", _no_after],
        "inf": {"body": [["leider wird es diesmal nichts mit uns beiden.", "wir haben uns gegen dich entschieden, leider."],
                         ["Ich will dir aber ehrlich sagen, woran es lag:", "Damit du was mitnehmen kannst:"], "@FB",
                         ["Drück dir die Daumen für die nächsten Bewerbungen!", "Alles Gute!"]]},
    },
    "rej_invite": {
        "labels": ["rejection", "interview_invite"],
        "subj": ["Ihre Bewerbung als {role} – und ein Vorschlag", "Rückmeldung und alternative Position"],
        "body": [(_thanks, ["Für die Stelle {role} haben wir uns leider für eine andere Person entschieden.",
                            "Die Position {role} können wir Ihnen leider nicht anbieten."]),
                 ["Allerdings ist uns Ihr Profil für die Stelle {role2} aufgefallen, und wir würden Sie dazu gern zu einem Gespräch einladen.",
                  "Wir würden Sie aber gern für die offene Stelle {role2} kennenlernen – hätten Sie Interesse an einem Gespräch?"],
                 _slot],
    },
    "offer": {
        "labels": ["offer"],
        "subj": ["Zusage – {role}", "Unser Angebot für Sie", "Vertragsangebot {co}", "Gute Nachrichten zu Ihrer Bewerbung",
                 "Ihr Arbeitsvertrag als {role}"],
        "body": [["wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können!",
                  "nach den Gesprächen sind wir uns einig: Wir möchten Sie gern in unserem Team haben und bieten Ihnen die Position {role} an.",
                  "ich darf Ihnen heute eine Zusage geben – wir möchten Sie zum {start} als {role} einstellen."],
                 ["Das Bruttojahresgehalt beträgt {salary}; die Details finden Sie im beigefügten Vertragsentwurf.",
                  "Anbei erhalten Sie unser schriftliches Angebot mit allen Konditionen ({salary} brutto p.a., 30 Tage Urlaub).",
                  "Bitte lassen Sie uns bis {date} wissen, ob Sie das Angebot annehmen."]],
        "inf": {"body": [["wir wollen dich! Hiermit bieten wir dir die Stelle als {role} an.",
                          "kurz und schmerzlos: Das Team war begeistert und wir möchten dir ein Angebot machen."],
                         ["Wir haben an {salary} im Jahr gedacht, Start zum {start}. Den Vertrag schicke ich dir gleich.",
                          "Sag Bescheid, ob du annimmst – gern auch telefonisch."]]},
    },
    "fbreq": {
        "labels": ["feedback_request"], "sender": "cand", "reply_prefix": True,
        "subj": ["Ihre Absage – Bitte um Feedback", "Bitte um kurze Rückmeldung", "{role} – Feedback?"],
        "body": [["vielen Dank für Ihre Nachricht, auch wenn ich mir natürlich eine andere Entscheidung gewünscht hätte.",
                  "danke für die Rückmeldung und die offene Kommunikation im Prozess.",
                  "schade, dass es nicht geklappt hat – trotzdem danke für die Gespräche."],
                 ["Dürfte ich Sie um ein kurzes Feedback bitten, woran es gelegen hat?",
                  "Könnten Sie mir sagen, was mir für die Stelle gefehlt hat? Das würde mir für künftige Gespräche sehr helfen.",
                  "Hätten Sie fünf Minuten für ein kurzes Feedback zu meinem Interview? Ich möchte gern daraus lernen.",
                  "Gibt es Punkte, an denen ich arbeiten sollte? Für ehrliche Hinweise wäre ich dankbar."]],
        "quote": "rej",
    },
    "fb_reply": {
        "labels": ["feedback"],
        "subj": ["Feedback"],
        "body": [["gern komme ich Ihrer Bitte nach.", "natürlich, hier ein paar Punkte aus der Runde:",
                  "ich habe mit dem Team gesprochen und fasse Ihnen die Eindrücke zusammen."], "@FB",
                 ["Ich hoffe, das hilft Ihnen weiter.", "Viel Erfolg weiterhin!"]],
        "quote": "fbreq",
    },
    "nofb_reply": {
        "labels": [],
        "subj": ["Feedback"],
        "body": [["danke für Ihre Nachricht.", "vielen Dank für Ihr Verständnis."],
                 ["Leider können wir aus Gründen der Gleichbehandlung keine individuellen Rückmeldungen geben.",
                  "Aus rechtlichen Gründen (AGG) geben wir grundsätzlich kein individuelles Feedback zu Auswahlentscheidungen.",
                  "Wir hatten sehr viele starke Bewerbungen; eine Begründung im Einzelfall können wir leider nicht geben."],
                 ["Ich bitte um Ihr Verständnis.", None]],
        "quote": "fbreq",
    },
    # --- look-alikes from the same employers ---
    "status": {
        "labels": [], "subj": ["Ihre Bewerbung ist noch in Bearbeitung", "Statusupdate zu Ihrer Bewerbung ({ref})",
                               "Zwischenbescheid – {role}"],
        "body": [["Ihre Bewerbung als {role} ist noch in Bearbeitung.",
                  "leider verzögert sich das Auswahlverfahren für die Stelle {role}.",
                  "wir möchten Ihnen kurz einen Zwischenstand geben: Eine Entscheidung ist noch nicht gefallen."],
                 ["Wir melden uns spätestens Ende des Monats mit einer Rückmeldung.",
                  "Bitte sehen Sie von Nachfragen ab; Sie erhalten automatisch Bescheid.",
                  "Danke für Ihre Geduld!"]],
        "inf": {"body": [["kurzes Update: Wir sind noch nicht durch mit allen Gesprächen.",
                          "sorry, dass es dauert – deine Bewerbung liegt noch beim Team."],
                         ["Du hörst spätestens nächste Woche von mir.", "Ich melde mich, sobald ich mehr weiß."]]},
    },
    "reminder": {
        "labels": [], "subj": ["Terminerinnerung: Vorstellungsgespräch am {date}", "Erinnerung: Ihr Gespräch morgen um {time}",
                               "Ihr Termin bei {co} – Anfahrt"],
        "body": [["wir möchten Sie an Ihr vereinbartes Vorstellungsgespräch am {date} um {time} erinnern.",
                  "morgen ist es so weit – wir erwarten Sie um {time} in unserem Büro in {city}.",
                  "zur Erinnerung: Ihr bereits gebuchter Videotermin findet am {date} um {time} statt."],
                 ["Parkplätze finden Sie im Hof; melden Sie sich bitte am Empfang.",
                  "Der Einwahllink bleibt unverändert.",
                  "Falls Sie verhindert sind, geben Sie uns bitte kurz Bescheid."]],
    },
    "confirmed": {
        "labels": [], "subj": ["Termin bestätigt: {role}", "Bestätigung Ihres Gesprächstermins"],
        "body": [["vielen Dank, Sie haben den Termin am {date} um {time} gebucht.",
                  "Ihr gewählter Termin ist bestätigt: {date}, {time}."],
                 ["Eine Kalendereinladung erhalten Sie separat.", "Sie können den Termin bis 24 Stunden vorher ändern."]],
    },
    "thanks_today": {
        "labels": [], "subj": ["Danke für das Gespräch heute", "Schön, dass Sie da waren"],
        "body": [["vielen Dank für das angenehme Gespräch heute und Ihren Besuch in {city}.",
                  "danke, dass Sie sich heute die Zeit genommen haben."],
                 ["Wir besprechen uns jetzt intern und melden uns bis {date} mit einer Rückmeldung.",
                  "Die Entscheidung fällt voraussichtlich in der nächsten Woche."]],
        "inf": {"body": [["danke für das coole Gespräch heute!"], ["Wir sprechen intern und du hörst bald von uns."]]},
    },
    "profile": {
        "labels": [], "sender": "ats", "subj": ["Vervollständigen Sie Ihr Bewerberprofil", "Ihr Profil ist erst zu 60 % ausgefüllt",
                                                 "Bewerbung noch nicht abgeschickt"],
        "body": [["Ihre Bewerbung als {role} wurde noch nicht abgeschlossen.",
                  "in Ihrem Bewerberprofil fehlen noch Angaben (Lebenslauf, Zeugnisse)."],
                 ["Melden Sie sich an, um sie zu vervollständigen: {link}",
                  "Erst mit vollständigem Profil können wir Ihre Bewerbung berücksichtigen."]],
    },
    "onboarding": {
        "labels": [], "subj": ["Willkommen an Bord – Unterlagen für Ihren Start", "Ihr erster Arbeitstag am {start}",
                               "Onboarding: fehlende Dokumente"],
        "body": [["schön, dass Sie den Vertrag unterschrieben haben – wir freuen uns auf Sie!",
                  "zur Vorbereitung Ihres Starts am {start} benötigen wir noch einige Unterlagen."],
                 ["Bitte senden Sie uns Steuer-ID, Sozialversicherungsnummer und Bankverbindung.",
                  "Bitte füllen Sie den Personalbogen aus und bringen Sie am ersten Tag Ihren Ausweis mit.",
                  "Ihr Laptop wird gerade eingerichtet; den Zugang zum Mitarbeiterportal erhalten Sie vorab."]],
    },
    "panel": {
        "labels": [], "company": "none", "sender": "boss", "greet": False,
        "subj": ["Bitte um Unterstützung: Vorstellungsgespräche {role}", "Kannst du im Interview-Panel sitzen?", "Bewerbergespräche nächste Woche"],
        "body": [["Hallo {cfirst},", "Hi {cfirst},"],
                 ["wir führen nächste Woche Vorstellungsgespräche für die Stelle {role}. Könntest du am {date} als zweite Person im Gespräch dabei sein?",
                  "für die offene Stelle im Team brauchen wir noch jemanden im Panel – hättest du am {date} um {time} Zeit?",
                  "ich würde dich gern bei den Bewerbergesprächen dabeihaben. Die Lebensläufe der drei Kandidat*innen lege ich dir in den Ordner."],
                 ["Danke dir!", "Gib kurz Bescheid.", None]],
        "sign": False,
    },
    "closed_before": {
        "labels": [], "sender": "agency",
        "subj": ["Stelle {role} – leider schon vergeben", "Update zu der Position, über die wir sprachen"],
        "body": [["ich hatte Ihnen letzte Woche die Position {role} bei {co} vorgestellt.",
                  "kurze Info zu der Stelle bei {co}, über die wir telefoniert hatten."],
                 ["Bevor wir Ihr Profil einreichen konnten, hat der Kunde die Stelle leider besetzt.",
                  "Der Kunde hat die Suche gestoppt, bevor ich Ihre Unterlagen weiterleiten konnte."],
                 ["Ich melde mich, sobald ich etwas Passendes habe.", "Ich habe aber noch zwei andere Projekte im Blick."]],
    },
    "webinar": {
        "labels": [], "sender": "ats",
        "subj": ["Einladung: Digitaler Karriere-Abend bei {co}", "Webinar: So bewirbst du dich bei {co}", "Tag der offenen Tür – {co} Campus {city}"],
        "body": [["wir laden Sie herzlich zu unserem Online-Karriereabend am {date} um 18:00 Uhr ein.",
                  "lernen Sie uns kennen: In unserem Webinar erzählen Mitarbeitende von ihrem Arbeitsalltag.",
                  "am {date} öffnen wir die Türen unseres Standorts {city} für alle Interessierten."],
                 ["Die Teilnahme ist kostenlos, eine Anmeldung ist erforderlich: {link}",
                  "Tipps für Ihre Bewerbung und ein Vorstellungsgespräch gibt es inklusive."]],
    },
    "autoreply": {
        "labels": [], "greet": False, "html_ok": False,
        "subj": ["Abwesenheitsnotiz: Ihre Bewerbung", "Automatische Antwort: Bewerbung {role}"],
        "body": [["Vielen Dank für Ihre Nachricht. Ich bin bis {date} nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
                  "Ich bin derzeit abwesend. Ihre E-Mail wird nicht weitergeleitet."],
                 ["In dringenden Fällen wenden Sie sich bitte an {bfirst} {blast}.",
                  "Bewerbungen werden nach meiner Rückkehr bearbeitet."]],
    },
    # --- candidate's Sent mail that is not a feedback request ---
    "withdraw": {
        "labels": [], "sender": "cand", "subj": ["Rückzug meiner Bewerbung – {role}", "Meine Bewerbung ({ref})"],
        "body": [["vielen Dank für die Einladung zum Gespräch.", "danke für Ihr Interesse an meiner Bewerbung."],
                 ["Da ich mich zwischenzeitlich für ein anderes Angebot entschieden habe, ziehe ich meine Bewerbung zurück.",
                  "Aus persönlichen Gründen möchte ich meine Bewerbung leider zurückziehen.",
                  "Ich habe eine Zusage von einem anderen Arbeitgeber angenommen und sage den Termin daher ab."],
                 ["Ich wünsche Ihnen viel Erfolg bei der Besetzung.", None]],
    },
    "accept_offer": {
        "labels": [], "sender": "cand", "reply_prefix": True, "subj": ["Zusage – {role}", "Ihr Angebot"],
        "body": [["vielen Dank für das Angebot – ich nehme es sehr gerne an!", "ich freue mich, Ihnen meine Zusage geben zu können."],
                 ["Den unterschriebenen Vertrag schicke ich Ihnen per Post.", "Ich freue mich auf den Start am {start}."]],
    },
    "sched": {
        "labels": [], "sender": "cand", "reply_prefix": True, "subj": ["Terminvorschlag", "Einladung zum Vorstellungsgespräch"],
        "body": [["vielen Dank für die Einladung, über die ich mich sehr freue.", "danke für die schnelle Rückmeldung."],
                 ["Der {date} um {time} passt mir gut.", "Leider kann ich am vorgeschlagenen Termin nicht; wäre auch {date} möglich?"]],
    },
    "apply_sent": {
        "labels": [], "sender": "cand", "subj": ["Bewerbung als {role}", "Initiativbewerbung", "Bewerbung – Kennziffer {ref}"],
        "body": [["anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als {role}.",
                  "mit großem Interesse habe ich Ihre Ausschreibung gelesen und bewerbe mich hiermit."],
                 ["Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.",
                  "Ich freue mich auf Ihre Rückmeldung."]],
    },
    "thanks_sent": {
        "labels": [], "sender": "cand", "subj": ["Danke für das Gespräch", "Nachtrag zu unserem Gespräch"],
        "body": [["herzlichen Dank für das offene Gespräch heute.", "danke nochmals für die Zeit gestern."],
                 ["Die Aufgaben im Team klingen sehr spannend und haben meine Motivation noch verstärkt.",
                  "Wie besprochen schicke ich Ihnen noch meine Arbeitsproben."],
                 ["Ich freue mich, von Ihnen zu hören.", None]],
    },
    # --- look-alikes that are not about a job ---
    "wohnung": {
        "labels": [], "company": "none",
        "from": [("Hausverwaltung {rlast}", "vermietung@hv-{rlast}.de", "Hausverwaltung {rlast}\n{city}"),
                 ("{rfirst} {rlast}", "{rfirst}.{rlast}@web.de", "{rfirst} {rlast}")],
        "subj": ["Absage Wohnungsbesichtigung", "Ihre Bewerbung für die Wohnung in {city}", "Wohnung Lindenstraße – leider Absage"],
        "body": [["vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung und Ihr Interesse.",
                  "danke, dass Sie zur Besichtigung gekommen sind."],
                 ["Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben.",
                  "Die Wohnung ist inzwischen vergeben, wir können Ihnen leider keine Zusage machen."],
                 ["Ihre Selbstauskunft und Gehaltsnachweise löschen wir.", None]],
    },
    "kredit": {
        "labels": [], "company": "none",
        "from": [("Kreditservice", "service@kredit.{tld}bank.example", "Ihr Kreditservice-Team"),
                 ("Sparkasse Online", "noreply@sparkasse-online.example", "")],
        "subj": ["Ihr Kreditantrag Nr. {ref}", "Entscheidung zu Ihrer Finanzierungsanfrage"],
        "body": [["wir haben Ihren Antrag auf einen Ratenkredit sorgfältig geprüft.",
                  "vielen Dank für Ihr Interesse an unserer Baufinanzierung."],
                 ["Leider können wir Ihnen derzeit kein Angebot unterbreiten.",
                  "Nach Prüfung Ihrer Unterlagen müssen wir den Antrag ablehnen.",
                  "Zu unserem Bedauern erhalten Sie von uns keine Zusage."]],
    },
    "studium": {
        "labels": [], "company": "none",
        "from": [("Studierendensekretariat", "zulassung@uni-{city}.example", "Studierendensekretariat"),
                 ("Hochschule {city}", "bewerbung@hs-{city}.example", "Zulassungsamt")],
        "subj": ["Zulassungsbescheid Master", "Ihre Bewerbung um einen Studienplatz", "Ablehnungsbescheid Wintersemester"],
        "body": [["Ihre Bewerbung für den Masterstudiengang Wirtschaftsinformatik wurde geprüft.",
                  "wir danken für Ihre Bewerbung um einen Studienplatz."],
                 ["Leider können wir Ihnen keinen Studienplatz anbieten, da Ihre Durchschnittsnote unter dem Grenzwert liegt.",
                  "Im Auswahlverfahren hat es leider nicht für eine Zulassung gereicht.",
                  "Sie stehen auf Platz 48 der Nachrückliste."]],
    },
    "foerderung": {
        "labels": [], "company": "none",
        "from": [("Kulturstiftung {city}", "foerderung@kulturstiftung.example", "Geschäftsstelle"),
                 ("Filmfest {city}", "programm@filmfest-{city}.example", "Das Programmteam")],
        "subj": ["Ihr Förderantrag", "Einreichung Kurzfilm – Entscheidung", "Stipendium: Ergebnis der Jury"],
        "body": [["die Jury hat über die eingereichten Projekte entschieden.",
                  "vielen Dank für Ihre Einreichung und die Geduld."],
                 ["Leider wurde Ihr Antrag diesmal nicht zur Förderung ausgewählt.",
                  "Ihr Film ist leider nicht im Programm; es gab über 900 Einreichungen.",
                  "Leider können wir Ihr Vorhaben in dieser Runde nicht unterstützen."]],
    },
    "shop": {
        "labels": [], "company": "none", "greet": False,
        "from": [("Möbelhaus {rlast}", "newsletter@moebel-{rlast}.example", ""),
                 ("TechMarkt", "angebote@techmarkt.example", ""), ("Bio-Kiste", "info@biokiste.example", "")],
        "subj": ["Unsere Angebote der Woche 🔥", "Nur heute: Top-Angebote!", "Ihr persönliches Angebot wartet",
                 "Zusage: Ihr Gutschein ist da"],
        "body": [["Hallo {cfirst}, diese Woche im Angebot:", "Liebe Kundin, lieber Kunde,"],
                 ["Sofa Lindau -30 %, Kaffeevollautomaten ab 199 €, Gratis-Versand ab 50 €.",
                  "Ihr exklusives Angebot: 15 % auf alles mit dem Code HERBST15.",
                  "Sichern Sie sich jetzt unsere Angebote – nur solange der Vorrat reicht."],
                 ["Abmelden | Impressum"]],
        "sign": False,
    },
    "scam": {
        "labels": [], "company": "none",
        "from": [("HR Department", "hr.jobs2024@gmail.com", "Personalabteilung"),
                 ("Karriere Team", "recruit@homeoffice-jobs.example", "")],
        "subj": ["Jobangebot: 3.500 € im Monat von zu Hause", "Herzlichen Glückwunsch – Sie wurden ausgewählt!",
                 "Zusage für Ihre Stelle als Paketagent"],
        "body": [["Sie wurden für eine Position als Home-Office-Assistent ausgewählt, ohne Vorstellungsgespräch.",
                  "Ihr Profil wurde in einer Datenbank gefunden und Sie erhalten ein Angebot über 3.500 € netto."],
                 ["Senden Sie uns bitte Ausweiskopie und Bankdaten, damit wir den Vertrag vorbereiten.",
                  "Kontaktieren Sie uns sofort per WhatsApp unter +44 7400 {ref}.",
                  "Für die Registrierung fällt eine einmalige Gebühr von 49 € an."]],
    },
    "jobletter": {
        "labels": [], "company": "none", "greet": False, "sign": False,
        "from": [("Jobletter StellenNetz", "jobletter@stellennetz.example", ""),
                 ("Karriere.at Job-Alarm", "alarm@jobalarm.example", "")],
        "subj": ["12 neue Jobs für „{role}“", "Ihr Jobletter: Stellenangebote in {city}", "Job-Alarm: passende Angebote"],
        "body": [["Neue Stellenangebote, die zu Ihrer Suche passen:"],
                 ["• {role} – {co}, {city}\n• {role2} – Hafenkant Logistik, Hamburg\n• Sachbearbeiter*in – Stadt {city}",
                  "1. {role2} ({city})\n2. {role} (Remote)\n3. Teamassistenz (Teilzeit)"],
                 ["Jetzt bewerben mit einem Klick. Jobletter abbestellen: Einstellungen."]],
    },
    "messe": {
        "labels": [], "company": "none",
        "from": [("Karrieremesse {city}", "info@karrieremesse-{city}.example", "Ihr Messeteam"),
                 ("Bewerbungscoaching Lichtblick", "kurse@lichtblick-coaching.example", "Ihr Coaching-Team")],
        "subj": ["Einladung zur Karrieremesse am {date}", "Webinar: Das perfekte Vorstellungsgespräch",
                 "Workshop: Absagen verarbeiten und weitermachen"],
        "body": [["über 80 Arbeitgeber warten auf Sie – der Eintritt ist frei.",
                  "in unserem Webinar lernen Sie, wie Sie im Vorstellungsgespräch überzeugen und mit Absagen umgehen.",
                  "Unser Workshop zeigt, wie Sie Ihre Bewerbung auf die Stelle zuschneiden."],
                 ["Jetzt Platz sichern: {link}", "Kostenloser CV-Check vor Ort inklusive."]],
    },
}

SCALE = 1.25  # records per listed count

FAMILIES = {
    "mittelstand": {"register": "formal", "sender": "hr", "regions": ["de"], "html": "text", "extern_p": 0.1,
                    "kinds": dict(ack=3, invite=5, rej=6, rej_oc=3, rej_fb=3, offer=3, rej_invite=1, status=3,
                                  reminder=3, thanks_today=2, onboarding=2, fb_reply=2, nofb_reply=2, closed_before=0)},
    "portal": {"register": "formal", "sender": "ats", "regions": ["de", "at", "ch"], "html": "html",
               "kinds": dict(ack=8, ack_invite=4, invite=3, rej=6, rej_oc=2, status=4, confirmed=4, profile=5,
                             webinar=3, reminder=2, offer=1)},
    "startup": {"register": "informal", "sender": "hr", "regions": ["de", "at"], "html": "mixed",
                "kinds": dict(ack=2, invite=4, rej=4, rej_fb=3, offer=3, status=2, thanks_today=2, onboarding=2,
                              rej_oc=1)},
    "alpen": {"register": "mixed", "sender": "hr", "regions": ["at", "ch"], "html": "text",
              "kinds": dict(ack=2, invite=4, rej=4, rej_oc=3, rej_fb=2, rej_invite=1, offer=2, reminder=2,
                            autoreply=2, nofb_reply=1, fb_reply=1)},
    "vermittler": {"register": "formal", "sender": "agency", "regions": ["de", "ch"], "html": "text",
                   "kinds": dict(invite=3, rej=3, rej_oc=2, closed_before=4, offer=1, status=2)},
    "postausgang": {"register": "formal", "sender": "cand", "regions": ["de", "at", "ch"],
                    "kinds": dict(fbreq=12, withdraw=4, accept_offer=3, sched=4, apply_sent=4, thanks_sent=3)},
    "alltag": {"register": "formal", "sender": "hr", "regions": ["de", "at", "ch"], "html": "mixed",
               "kinds": dict(wohnung=5, kredit=4, studium=4, foerderung=4, shop=5, scam=4, jobletter=5, messe=5,
                             panel=5)},
}


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(FAMILY_PREFIX, sys.modules[__name__], rng)
