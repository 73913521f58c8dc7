"""w35: Austrian and Swiss German job mail.

What: Austrian family firms and Land/Magistrat offices ("Servus", "Jänner", "Bewerbungsgespräch",
"Schnuppertag"), Swiss cantonal administrations, hospitals and cooperatives ("Grüezi", no ß),
start-ups in Wien and Zürich, the candidate's Sent mail, job boards and AMS/RAV letters, and
look-alikes (Wohnungsabsage, Studienplatz, Kredit, Kurse, Gratis-Homeoffice-Abzocke). When: build.py.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w35_bits import P, feedback_block, frame  # noqa: E402
from _w35_kit import Writer, pick, run_plan, slug  # noqa: E402

FAMILY_PREFIX = "w35alpen"

FIRST = [("Theresa", "f"), ("Magdalena", "f"), ("Verena", "f"), ("Katharina", "f"), ("Lea", "f"), ("Nadja", "f"),
         ("Corinne", "f"), ("Seraina", "f"), ("Barbara", "f"), ("Mirjam", "f"), ("Anja", "f"), ("Franziska", "f"),
         ("Elif", "f"), ("Ursina", "f"), ("Johanna", "f"),
         ("Florian", "m"), ("Lukas", "m"), ("Reto", "m"), ("Dominik", "m"), ("Matthias", "m"), ("Stefan", "m"),
         ("Gian", "m"), ("Andreas", "m"), ("Christoph", "m"), ("Jonas", "m"), ("Urs", "m"), ("Markus", "m"),
         ("Kemal", "m"), ("Raphael", "m"), ("Simon", "m")]
LAST = ["Huber", "Gruber", "Pichler", "Moser", "Steiner", "Hofer", "Wimmer", "Leitner", "Brunner", "Egger",
        "Meier", "Schmid", "Keller", "Bachmann", "Frei", "Gerber", "Zürcher", "Baumann", "Rüegg", "Caduff",
        "Aigner", "Lechner", "Reiter", "Ziegler", "Kälin", "Suter", "Stöckli", "Haas", "Mayrhofer", "Wyss"]
ROLES = ["Sachbearbeiter/in Buchhaltung", "Verkäufer/in Lebensmittel", "Software-Entwickler/in (Java)", "Pflegefachperson HF",
         "Kundenberater/in im Callcenter", "Lagerlogistiker/in", "Projektleiter/in Hochbau", "Kaufmännische/r Angestellte/r",
         "Elektroinstallateur/in", "Filialleiter/in", "Personalsachbearbeiter/in", "Data Analyst (m/w/d)",
         "Sozialpädagoge/-pädagogin", "Servicetechniker/in", "Koch/Köchin", "UX Designer/in", "Bergbauingenieur/in",
         "Lehrperson Primarstufe", "Assistenz der Geschäftsleitung", "Controller/in", "Disponent/in", "Reinigungsfachkraft"]
AT_CO = ["{n} GmbH", "Tischlerei {n}", "Bäckerei {n}", "Raiffeisen-Lagerhaus {n}", "{n} Transporte GmbH", "Gasthof {n}",
         "Elektro {n} & Söhne", "Steirische {n} AG", "Erzberg {n} Bergbau", "Autohaus {n}", "Molkerei {n}", "Baumeister {n}"]
AT_N = ["Hinterberger", "Pöllauer", "Wachau", "Mühlviertler", "Salzkammer", "Lungau", "Kaiserer", "Zillertaler",
        "Gailtal", "Murtal", "Innviertler", "Weinviertel", "Ennstal", "Traunsee"]
AT_PUB = ["Magistrat {c}", "Amt der {l} Landesregierung", "Marktgemeinde {n}", "Landeskliniken {l2}", "Universität {c} (Personalabteilung)"]
CH_CO = ["Genossenschaft {n}", "Konsumgenossenschaft {n}", "{n} AG", "Spital {n}", "Kantonsverwaltung {k} – Amt für {a}",
         "Schreinerei {n} GmbH", "Käserei {n}", "Treuhand {n} AG", "Kantonalbank {k}", "Verkehrsbetriebe {n}", "Bergbahnen {n} AG"]
CH_N = ["Seeland", "Emmental", "Toggenburg", "Zürcher Oberland", "Linth", "Rigi", "Limmattal", "Surselva", "Thurgau", "Aaretal", "Entlebuch"]
CH_K = ["Aargau", "Luzern", "St. Gallen", "Graubünden", "Thurgau", "Solothurn", "Bern", "Zug"]
CH_A = ["Umwelt", "Wirtschaft und Arbeit", "Informatik", "Volksschule", "Mobilität", "Gesundheit"]
STARTUPS = ["Gipfelwerk", "Bergfunk", "Kaiserschmarrn Labs", "Knödel.io", "Almsoft", "Rösti Robotics", "Matterdata", "Föhn Analytics",
            "Edelweiss Mobility", "Zirbe", "Hüttenpass", "Lawinenlabs", "Gletscher Cloud", "Murmli AG"]
CITY = {"at": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "St. Pölten", "Wels", "Leoben"],
        "ch": ["Zürich", "Bern", "Basel", "Luzern", "St. Gallen", "Winterthur", "Chur", "Aarau", "Thun"]}
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
MONTHS = {"at": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "ch": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}
FAM_REGION = {"at-familienbetrieb": "at", "at-amt": "at", "ch-kanton": "ch", "ch-genossenschaft": "ch", "alpen-startup": None,
              "sent": None, "sent-handy": None, "portal": None, "alltag": None}


def company_for(rng: random.Random, region: str, fam: str = "") -> str:
    if fam == "alpen-startup":
        return pick(rng, STARTUPS) + pick(rng, [" GmbH", "", " AG"])
    if fam == "at-amt":
        return pick(rng, AT_PUB).format(c=pick(rng, ["Graz", "Linz", "Salzburg", "Innsbruck"]), n=pick(rng, AT_N),
                                        l=pick(rng, ["Steiermärkischen", "Oberösterreichischen", "Kärntner", "Tiroler"]), l2=pick(rng, ["Mostviertel", "Waldviertel", "Südburgenland"]))
    if fam == "ch-kanton":
        return pick(rng, ["Kantonsverwaltung {k} – Amt für {a}", "Spital {n}", "Gemeinde {n}", "Kantonsspital {k}", "Pädagogische Hochschule {k}"]).format(k=pick(rng, CH_K), a=pick(rng, CH_A), n=pick(rng, CH_N))
    if region == "at":
        return pick(rng, AT_CO).format(n=pick(rng, AT_N))
    return pick(rng, CH_CO).format(n=pick(rng, CH_N), k=pick(rng, CH_K), a=pick(rng, CH_A))


def new_ctx(rng: random.Random, fam: str) -> dict:
    region = FAM_REGION.get(fam) or pick(rng, ["at", "ch"])
    first, g = pick(rng, FIRST)
    last = pick(rng, LAST)
    rfirst, rg = pick(rng, FIRST)
    rlast = pick(rng, LAST)
    company = company_for(rng, region, fam)
    words = [w for w in company.replace("–", " ").replace("(", " ").split() if w[:1].isupper() and w not in ("GmbH", "AG", "Amt", "Kantonsverwaltung", "Genossenschaft", "Magistrat", "Personalabteilung")]
    cslug = slug(" ".join(words[:2]) or company)
    tld = "at" if region == "at" else "ch"
    d = {"lang": "de", "region": region, "first": first, "g": g, "last": last, "cand_full": f"{first} {last}",
         "cand_addr": f"{slug(first)}.{slug(last)}{pick(rng, ['', str(rng.randint(1, 99))])}@{pick(rng, ['gmail.com', 'gmx.at', 'bluewin.ch', 'gmx.ch', 'outlook.com', 'a1.net'])}",
         "rec": f"{rfirst} {rlast}", "rec_first": rfirst, "rlast": rlast, "company": company, "dom": f"{cslug}.{tld}",
         "role": pick(rng, ROLES), "req": pick(rng, ["", f" (Ref.-Nr. {rng.randint(1000, 9999)})", f" – Stelle {rng.randint(100, 999)}/24", f" [ID {rng.randint(20000, 99999)}]"]),
         "city": pick(rng, CITY[region]), "day": pick(rng, DAYS), "num": rng.randint(2, 28), "month": pick(rng, MONTHS[region]),
         "hour": f"{rng.randint(8, 16)}:{pick(rng, ['00', '15', '30'])}", "link": f"https://{pick(rng, ['termine', 'karriere', 'jobs'])}.{cslug}.{tld}/{rng.randint(10000, 99999)}",
         "ref": rng.randint(100000, 999999), "Frau": "Frau" if g == "f" else "Herr", "Liebe": "Liebe" if g == "f" else "Lieber",
         "Geehrte": "geehrte Frau" if g == "f" else "geehrter Herr", "rGeehrte": "geehrte Frau" if rg == "f" else "geehrter Herr",
         "rFrau": "Frau" if rg == "f" else "Herr", "rLiebe": "Liebe" if rg == "f" else "Lieber",
         "gespraech": pick(rng, ["Bewerbungsgespräch", "Vorstellungsgespräch"]), "phone": "Natel" if region == "ch" else "Mobil"}
    d["cand_sign"] = pick(rng, [first, d["cand_full"], f"{d['cand_full']}\n{d['phone']} +{'41 79' if region == 'ch' else '43 664'} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"])
    d["emp_addr"] = f"{pick(rng, ['bewerbung', 'personal', 'jobs', slug(rfirst) + '.' + slug(rlast)])}@{d['dom']}"
    return d


WEAK = {
    "coding": ["Bei der Programmieraufgabe hat der Code zwar funktioniert, war aber schwer lesbar und ohne Tests.",
               "Beim Live-Coding bist du leider nicht zu einer lauffähigen Lösung gekommen."],
    "system_design": ["Als es darum ging, wie das System mit viel mehr Last umgeht, hätten wir uns mehr Überlegungen zur Architektur gewünscht.",
                      "Beim Entwurf der Schnittstellen blieb offen, wie die Lösung skalieren würde."],
    "technical_depth": ["Bei den Detailfragen zur Lohnverrechnung blieben Ihre Antworten eher an der Oberfläche.",
                        "Das Fachwissen in der Tiefe war für diese Stelle noch nicht ganz ausreichend."],
    "behavioural": ["Bei den Fragen zu konkreten Situationen aus Ihrem Berufsalltag fehlten uns greifbare Beispiele.",
                    "Wie du schwierige Kundensituationen konkret gelöst hast, ist im Gespräch nicht richtig rübergekommen."],
    "communication": ["Ihre Ausführungen waren teilweise sehr ausschweifend, der rote Faden ging verloren.",
                      "Es fiel dir schwer, deine Gedanken kurz und klar auf den Punkt zu bringen."],
    "questions_to_ask": ["Am Schluss hatten Sie keine Fragen an uns, das hat bei der Kommission Zweifel am Interesse geweckt.",
                         "Gefehlt haben uns eigene Fragen zum Team und zum Betrieb."],
    "composure": ["Man hat Ihnen die Nervosität stark angemerkt, vor allem bei den kritischeren Fragen.",
                  "Unter Zeitdruck bist du etwas aus dem Konzept geraten."],
    "experience_level": ["Für die Führungsaufgabe fehlt Ihnen derzeit noch die nötige Erfahrung.",
                         "Deine Berufserfahrung ist für diese Stufe noch etwas zu kurz."],
    "collaboration": ["Beim Schnuppertag wirkte es, als würden Sie lieber allein arbeiten als im Team.",
                      "In der Gruppenübung hast du den anderen wenig Raum gelassen."],
    "cv_positioning": ["Ihr Lebenslauf zeigt Ihre Erfolge zu wenig; man sieht vor allem Aufgaben, kaum Ergebnisse.",
                       "Aus deinen Unterlagen ging nicht hervor, was du im Gespräch so überzeugend erzählt hast."],
}
PRAISE = ["Ihre freundliche Art ist im Team sehr gut angekommen.", "Deine Motivation hat uns wirklich gefallen.",
          "Die Kommission hat Ihre gute Vorbereitung positiv hervorgehoben.", "Fachlich bringst du einiges mit.", ""]
JOIN = ["Ausserdem:", "Zudem", "Ein weiterer Punkt:"]
OC = {
    "role_filled": ["die Stelle wurde bereits intern besetzt", "wir haben die Position inzwischen vergeben", "die Stelle ist bereits besetzt"],
    "budget_freeze": ["das Budget für die Stelle wurde kurzfristig eingefroren", "es gilt derzeit ein Aufnahmestopp", "die Stelle wurde im Budget des nächsten Jahres gestrichen"],
    "closer_fit": ["wir haben uns für eine Person entschieden, deren Profil noch genauer auf die Anforderungen passt",
                   "eine andere Bewerberin bringt Erfahrung mit, die näher an unserem Bedarf liegt"],
    "level_mismatch": ["wir suchen nun doch eine Person mit mehr Führungserfahrung", "die Stelle ist eher für Berufseinsteiger gedacht",
                       "wir benötigen ein deutlich erfahreneres Profil"],
    "role_cancelled": ["die Stelle wurde aufgrund einer Umstrukturierung gestrichen", "die Ausschreibung wurde zurückgezogen",
                       "das Projekt wurde abgesagt und die Stelle entfällt"],
}


def oc_sentence(rng):
    r = pick(rng, sorted(OC))
    return pick(rng, ["Leider ist es so: {x}.", "Der Grund: {x}.", "Kurz zur Info: {x}.", "Wir müssen Ihnen leider mitteilen: {x}."]).format(x=pick(rng, OC[r])), [r]


REJ_OPEN = ["Vielen Dank für Ihre Bewerbung als {role}{req} und das Interesse an {company}.", "Danke für das nette Gespräch und deine Zeit.",
            "Herzlichen Dank für Ihre Bewerbung und das {gespraech} bei uns.", "Wir melden uns bezüglich Ihrer Bewerbung für die Stelle als {role}."]
REJ_CORE = ["Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.",
            "Nach reiflicher Überlegung können wir Ihnen diesmal keine Zusage geben.",
            "Wir haben uns schweren Herzens für jemand anderen entschieden.",
            "Ihre Bewerbung können wir für diese Stelle leider nicht weiter berücksichtigen.",
            "Diesmal hat es leider nicht geklappt.",
            "Wir werden den Prozess mit dir nicht fortsetzen.",
            "Für die ausgeschriebene Stelle kommen Sie leider nicht in die engere Wahl.",
            "Wir haben uns gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden.",
            "Dieses Mal müssen wir dir leider eine Absage geben.",
            "Die Wahl ist leider nicht auf Sie gefallen."]
REJ_MID = ["Es haben sich sehr viele gut qualifizierte Personen beworben.", "Die Entscheidung ist uns nicht leicht gefallen.",
           "Wir wissen, wie viel Arbeit in einer Bewerbung steckt.", "", "", ""]
REJ_CLOSE = ["Ihre Unterlagen behalten wir gerne in Evidenz.", "Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.",
             "Wir wünschen dir viel Erfolg bei der weiteren Suche.", "Schauen Sie gerne wieder auf unsere Karriereseite.", ""]


def k_rej(rng, c):
    oc, r = oc_sentence(rng) if rng.random() < 0.4 else ("", [])
    body = " ".join(x for x in [pick(rng, REJ_OPEN), pick(rng, REJ_MID), pick(rng, REJ_CORE), oc] if x) + "\n\n" + pick(rng, REJ_CLOSE)
    return P(pick(rng, ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung{req}", "AW: {gespraech}", "Absage – {role}", "Ihre Bewerbung bei {company}"]),
             body.strip(), ["rejection"], c["company"], oc=r)


def k_rej_oc(rng, c):
    oc, r = oc_sentence(rng)
    return P(pick(rng, ["Stelle {role} – Info", "Ausschreibung {role}{req}", "AW: Zweitgespräch"]),
             (pick(rng, REJ_OPEN) + " " + oc + "\n\n" + pick(rng, ["Das hat nichts mit Ihrer Eignung zu tun.", "Das tut uns sehr leid.", ""]) + "\n\n" + pick(rng, REJ_CLOSE)).strip(),
             ["rejection"], c["company"], oc=r)


def k_rej_fb(rng, c):
    fb, topics = feedback_block(rng, WEAK, PRAISE, JOIN, 1, 3)
    intro = pick(rng, ["Damit Sie etwas mitnehmen können, hier ein paar Rückmeldungen aus dem Gremium:", "Kurz unser Feedback, vielleicht hilft es dir:",
                       "Wie versprochen die Einschätzung der Kommission:", "Zur Begründung:"])
    return P(pick(rng, ["Rückmeldung zum {gespraech}", "Ihre Bewerbung – Feedback", "Absage mit Feedback – {role}"]),
             f"{pick(rng, REJ_OPEN)} {pick(rng, REJ_CORE)}\n\n{intro} {fb}\n\n{pick(rng, REJ_CLOSE)}".strip(), ["rejection", "feedback"], c["company"], topics=topics)


def k_fb_reply(rng, c):
    fb, topics = feedback_block(rng, WEAK, PRAISE, JOIN, 1, 2)
    return P("AW: Bitte um Feedback – {role}", pick(rng, ["Gerne gebe ich Ihnen eine kurze Rückmeldung.", "Danke für deine Nachricht, ich hab mit dem Team gesprochen."]) + " " + fb + "\n\n" + pick(rng, ["Alles Gute!", "Ich hoffe, das hilft."]),
             ["feedback"], c["company"], topics=topics, quoted="Guten Tag {rFrau} {rlast}, danke für die Rückmeldung. Könnten Sie mir sagen, woran es gelegen hat? Viele Grüße, {first}", quoted_who="cand")


INV_OPEN = ["Ihre Bewerbung als {role} hat uns angesprochen.", "Gute Nachrichten: Wir möchten dich gerne kennenlernen!",
            "Vielen Dank für Ihre Unterlagen – wir würden Sie gerne zu einem Gespräch einladen.", "Wir möchten mit Ihnen den nächsten Schritt gehen."]
INV_WHAT = ["Passt Ihnen ein {gespraech} am {day}, {num}. {month}, um {hour} Uhr bei uns in {city}?",
            "Wir schlagen ein Videogespräch über Teams am {day} um {hour} Uhr vor (ca. 45 Minuten).",
            "Bitte buchen Sie sich über diesen Link einen Termin für ein erstes Telefonat: {link}",
            "Gerne laden wir dich zu einem Schnuppertag in unserer Filiale in {city} ein, am {day}, {num}. {month}, ab {hour} Uhr.",
            "Als nächsten Schritt bitten wir Sie, einen Online-Eignungstest zu absolvieren (Link gültig 5 Tage): {link}",
            "Wir würden Sie gerne zu einem Probearbeitstag in unserer Werkstatt einladen. Wann hätten Sie nächste Woche Zeit?",
            "Ein kurzes Kennenlern-Telefonat mit {rec} wäre der erste Schritt. Wann bist du diese Woche erreichbar?",
            "Wir laden Sie zum Hearing vor der Aufnahmekommission am {day}, {num}. {month}, um {hour} Uhr ein (Dauer ca. 60 Minuten).",
            "Für das Zweitgespräch mit der Geschäftsleitung schlagen wir {day}, {hour} Uhr, in {city} vor."]
INV_CLOSE = ["Bitte bestätigen Sie den Termin kurz per E-Mail.", "Wir freuen uns auf dich!", "Falls der Termin nicht passt, melden Sie sich bitte.", "Bei Fragen bin ich gerne für Sie da."]


def k_inv(rng, c):
    return P(pick(rng, ["Einladung zum {gespraech}", "Einladung – {role}{req}", "Ihre Bewerbung: nächster Schritt", "Kennenlernen bei {company} 🙂", "AW: Bewerbung {role}"]),
             f"{pick(rng, INV_OPEN)} {pick(rng, INV_WHAT)}\n\n{pick(rng, INV_CLOSE)}", ["interview_invite"], c["company"])


def k_inv_resched(rng, c):
    return P("Terminverschiebung {gespraech}", pick(rng, ["Leider müssen wir unseren Termin am {day} verschieben.", "Uns ist etwas dazwischengekommen, wir müssen das Gespräch verlegen."]) + " " + pick(rng, INV_WHAT),
             ["interview_invite"], c["company"])


ACK = ["Wir bestätigen den Eingang Ihrer Bewerbung als {role}{req}. Wir melden uns, sobald wir die Unterlagen geprüft haben.",
       "Danke für deine Bewerbung! Sie ist gut bei uns angekommen.", "Ihre Bewerbungsunterlagen sind unter der Nummer {ref} bei uns eingegangen. Die Bearbeitung dauert etwa drei Wochen.",
       "Herzlichen Dank für Ihre Bewerbung, die wir hiermit bestätigen.",
       "Merci für Ihre Bewerbung! Wir haben Ihr Dossier erhalten und prüfen es sorgfältig.",
       "Ihre Bewerbung für {role} ist vollständig bei uns eingelangt.",
       "Kurze Bestätigung: deine Unterlagen sind da, wir schauen sie uns bis Ende der Woche an."]


def k_ack(rng, c):
    return P(pick(rng, ["Eingangsbestätigung – {role}", "Bewerbung erhalten", "Ihre Bewerbung Nr. {ref}", "Danke für deine Bewerbung!"]), pick(rng, ACK), ["application_ack"], c["company"])


def k_ack_inv(rng, c):
    return P("Bewerbung eingegangen – nächster Schritt", pick(rng, ACK) + "\n\n" + pick(rng, [
        "Im nächsten Schritt bitten wir Sie, einen kurzen Online-Test zu absolvieren: {link}", "Bitte nehmen Sie bis {day} ein kurzes Video-Interview mit drei Fragen auf: {link}"]),
        ["application_ack", "interview_invite"], c["company"])


def k_rej_inv(rng, c):
    other = pick(rng, ROLES)
    return P("Ihre Bewerbung und eine andere Stelle bei {company}",
             f"Für die Stelle als {{role}} haben wir uns für eine andere Person entschieden. Ihr Profil passt aber sehr gut zu unserer neuen Stelle als {other}. " + pick(rng, INV_WHAT),
             ["rejection", "interview_invite"], c["company"])


OFFER = ["Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können.", "Wir möchten dich sehr gerne als {role} in unserem Team haben!",
         "Gerne unterbreiten wir Ihnen hiermit unser Angebot für die Position {role}."]
OFFER_DET = ["Das Bruttogehalt beträgt EUR {n} monatlich (14 Mal), Einstufung laut Kollektivvertrag Handel.",
             "Der Jahreslohn beträgt CHF {n} brutto, 13 Monatslöhne, Eintritt per 1. {month}.",
             "Den Dienstvertrag finden Sie im Anhang; Dienstbeginn wäre der 1. {month}.",
             "Im Anhang findest du den Arbeitsvertrag mit Lohn, Pensum und Startdatum."]


def k_offer(rng, c):
    det = pick(rng, OFFER_DET)
    det = det.replace("{n}", f"{rng.randint(2, 4)}.{rng.randint(100, 999)},–" if "EUR" in det else f"{rng.randint(68, 128)}'{rng.randint(100, 999)}.–")
    return P(pick(rng, ["Stellenangebot – {role}", "Zusage {company}", "Angebot für dich 🎉", "Ihr Vertragsangebot"]),
             f"{pick(rng, OFFER)} {det}\n\n" + pick(rng, ["Bitte geben Sie uns bis {day}, {num}. {month}, Bescheid.", "Ruf mich gerne an, wenn du Fragen hast."]),
             ["offer"], c["company"])


def k_fbreq(rng, c):
    return P(pick(rng, ["AW: Ihre Bewerbung als {role}", "Bitte um Feedback", "AW: Absage – {role}"]), pick(rng, [
        "Vielen Dank für Ihre Nachricht. Auch wenn es diesmal nicht geklappt hat: Wäre es möglich, eine kurze Rückmeldung zu bekommen, woran es gelegen hat?",
        "Schade, aber danke für die ehrliche Info. Könntest du mir sagen, was ich im Gespräch besser machen könnte?",
        "Darf ich Sie um ein kurzes Feedback zu meinem {gespraech} bitten? Das würde mir für künftige Bewerbungen sehr helfen."]),
        ["feedback_request"], c["company"], folder="Sent", quoted="Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.", quoted_who="emp")


def n_reminder(rng, c):
    return P("Erinnerung: {gespraech} morgen", pick(rng, ["Nur zur Erinnerung: Ihr Termin ist morgen, {day}, um {hour} Uhr. Bitte melden Sie sich am Empfang.",
                                                        "Kurze Erinnerung an unser Gespräch morgen um {hour} Uhr, der Teams-Link bleibt gleich."]), [], c["company"])


def n_thanks(rng, c):
    return P("Danke für das Gespräch", pick(rng, ["Vielen Dank für Ihren Besuch heute. Wir führen diese Woche noch Gespräche und melden uns danach.",
                                                  "Danke fürs Vorbeikommen! Du hörst bis Ende nächster Woche von uns."]), [], c["company"])


def n_review(rng, c):
    return P("Stand Ihrer Bewerbung", pick(rng, ["Ihre Bewerbung ist nach wie vor in Bearbeitung. Bitte haben Sie noch etwas Geduld.",
                                                 "Das Verfahren dauert leider länger als geplant, Sie sind aber weiterhin im Rennen."]), [], c["company"])


def n_cantshare(rng, c):
    return P("AW: Bitte um Feedback", pick(rng, ["Danke für Ihre Nachricht. Aus Gründen der Gleichbehandlung geben wir keine individuellen Rückmeldungen. Wir hatten sehr viele qualifizierte Bewerbungen.",
                                                 "Ich verstehe den Wunsch, aber leider dürfen wir kein detailliertes Feedback geben."]),
             [], c["company"], quoted="Könnten Sie mir sagen, woran es gelegen hat? {first}", quoted_who="cand")


def n_closed_before(rng, c):
    return P("AW: Anfrage zur Stelle {role}", "Danke für Ihr Interesse! Die Ausschreibung ist leider schon seit letzter Woche geschlossen, noch bevor Ihre Bewerbung kam. Schauen Sie gerne wieder vorbei.", [], c["company"])


def n_onboard(rng, c):
    return P("Ihr Eintritt bei {company}", pick(rng, ["Willkommen! Für die Anmeldung bei der ÖGK brauchen wir noch Ihre Sozialversicherungsnummer, Bankverbindung und eine Meldebestätigung.",
                                                      "Für Ihren Eintritt benötigen wir noch AHV-Nummer, IBAN und eine Kopie der Aufenthaltsbewilligung.",
                                                      "Bitte bringen Sie am ersten Arbeitstag Ihren Ausweis und den unterschriebenen Dienstvertrag mit."]), [], c["company"])


def n_interviewer(rng, c):
    return P("Mitwirkung in der Auswahlkommission", "Servus {first}, kannst du am {day} um {hour} Uhr bei den Gesprächen für die Lehrlinge dabei sein? Die Unterlagen schick ich dir vorab.",
             [], None, sig="Sabine, Personalabteilung (intern)", sender=("Personalabteilung intern", "personal@mein-arbeitgeber.at"))


def n_confirmed(rng, c):
    return P("Termin bestätigt", "Ihr Termin am {day}, {num}. {month}, um {hour} Uhr ist bestätigt. Es ist nichts weiter zu tun.", [], c["company"])


def n_status(rng, c):
    return P("Statusänderung Ihrer Bewerbung", "Der Status Ihrer Bewerbung als {role} hat sich geändert. Bitte loggen Sie sich im Bewerberportal ein.", [], c["company"])


def n_pool(rng, c):
    return P("Aufnahme in unseren Talentpool", "Wir haben Ihr Profil in unseren Talentpool aufgenommen und melden uns, wenn eine passende Stelle frei wird.", [], c["company"])


def n_headhunter(rng, c):
    return P("Vertrauliche Anfrage – Leitungsfunktion", "Ich begleite für einen Kunden aus der Industrie in der Region {city} die Suche nach einer Führungskraft. Ihr Profil ist mir aufgefallen. Hätten Sie Zeit für ein vertrauliches Telefonat?",
             [], None, sig="{rec}\nPartner/in, Alpen Executive Search", sender=(f"{c['rec']} | Alpen Executive Search", "kontakt@alpen-search.ch"))


def n_autoreply(rng, c):
    return P("Abwesenheitsnotiz: " + pick(rng, ["Bewerbung {role}", "AW: Termin"]), pick(rng, ["Ich bin bis {num}. {month} nicht im Büro. In dringenden Fällen wenden Sie sich an personal@{dom}.",
                                                                                       "Danke für Ihre Nachricht. Ich bin im Urlaub und lese E-Mails erst ab {day} wieder."]), [], c["company"], raw=True)


def n_bounce(rng, c):
    return P("Unzustellbar: Bewerbung {role}", "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: bewerbung@{dom}\nGrund: 550 5.1.1 Postfach existiert nicht\n\nBetreff: Bewerbung als {role}",
             [], None, raw=True, sender=("Mail Delivery Subsystem", "mailer-daemon@gmx.net"))


BOARDS = ["Jobbörse Alpin", "KarriereWeg.at", "StellenPuls.ch", "JobFuchs", "Arbeitsplatz24", "Stellenmarkt Ost"]


def n_alert(rng, c):
    b = pick(rng, BOARDS)
    jobs = "\n".join(f"* {pick(rng, ROLES)} – {company_for(rng, c['region'])}, {pick(rng, CITY[c['region']])}" for _ in range(rng.randint(3, 6)))
    return P(pick(rng, ["{n} neue Jobs für Sie", "Ihr Jobabo: {role}", "Neue Stellen in {city}"]).replace("{n}", str(rng.randint(3, 40))),
             f"Hallo {{first}},\n\nhier sind neue Stellen passend zu Ihrem Suchprofil:\n\n{jobs}\n\nJobabo verwalten | Abmelden",
             [], None, raw=True, sender=(b, f"jobabo@{slug(b)}.com"))


def n_views(rng, c):
    b = pick(rng, BOARDS)
    return P("Ihr Profil wurde {n} Mal angesehen".replace("{n}", str(rng.randint(2, 14))), f"Hallo {{first}}, Arbeitgeber interessieren sich für Sie. Mit {b} Premium sehen Sie, wer.",
             [], None, raw=True, sender=(b, f"noreply@{slug(b)}.com"))


def n_complete(rng, c):
    b = pick(rng, BOARDS)
    return P("Ihr Profil ist erst zu 50 % vollständig", "Hallo {first}, ergänzen Sie Ausbildung und Sprachkenntnisse, damit Arbeitgeber Sie besser finden. Jetzt Profil vervollständigen →",
             [], None, raw=True, sender=(b, f"noreply@{slug(b)}.com"), html=pick(rng, [None, "only"]))


def n_portal_ack(rng, c):
    b = pick(rng, BOARDS)
    return P("Ihre Bewerbung wurde an {company} gesendet", f"Hallo {{first}},\n\nIhre Bewerbung als {{role}} wurde erfolgreich an {{company}} in {{city}} übermittelt.\n\nMeine Bewerbungen: https://{slug(b)}.com/bewerbungen",
             ["application_ack"], c["company"], raw=True, sender=(b, f"bewerbungen@{slug(b)}.com"))


def n_newsletter(rng, c):
    items = rng.sample(["Absage bekommen? So bleiben Sie motiviert", "Die zehn häufigsten Fragen im Vorstellungsgespräch", "Gehalt verhandeln nach dem Angebot",
                        "Schnuppertag: Was Sie wissen müssen", "Feedback nach einer Absage einholen", "Der perfekte Lebenslauf für die Schweiz"], 3)
    return P("Karriere-Newsletter: " + items[0], "Diese Woche:\n\n" + "\n".join(f"» {i}" for i in items) + "\n\nSie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden",
             [], None, raw=True, sender=("Karriere-Newsletter", "newsletter@karrierepuls.at"))


def n_webinar(rng, c):
    return P(pick(rng, ["Einladung: Bewerbungstraining", "Berufsmesse {city}", "AMS-Kurs: Bewerbungscoaching"]), pick(rng, [
        "Wir laden Sie zum kostenlosen Workshop «Überzeugen im Vorstellungsgespräch» am {day} um {hour} Uhr ein. Anmeldung erforderlich.",
        "Auf der Berufsmesse {city} am {day}, {num}. {month}, präsentieren sich über 80 Betriebe. Bringen Sie Ihren Lebenslauf mit!",
        "Das AMS lädt Sie zu einem Bewerbungscoaching ein. Beginn: {day}, {num}. {month}, {hour} Uhr. Die Teilnahme ist verpflichtend."
        if c["region"] == "at" else "Das RAV informiert: Infoveranstaltung zu Arbeitsmarktlichen Massnahmen am {day} um {hour} Uhr."]),
        [], None, sig="Ihr Team Berufsinformation", sender=(pick(rng, ["AMS Österreich" if c["region"] == "at" else "RAV " + c["city"], "Berufsinfo-Zentrum"]), "info@berufsinfo.example"))


def n_scam(rng, c):
    a = pick(rng, ["Herzlichen Glückwunsch, Sie wurden als Produkttester/in im Homeoffice ausgewählt.", "Wir bieten Ihnen ab sofort eine Heimarbeit an.",
                   "Ihr Profil passt perfekt zu unserer Remote-Stelle als Assistent/in."])
    b = pick(rng, ["Kein Gespräch nötig.", "Verdienst bis 450 € am Tag.", "Nur 2 Stunden täglich vom Handy aus."])
    d = pick(rng, ["Bitte überweisen Sie 59 € Bearbeitungsgebühr.", "Senden Sie uns eine Ausweiskopie und Ihre Bankdaten.", "Melden Sie sich per WhatsApp für den Starterkit (Versand 29 €)."])
    return P(pick(rng, ["Zusage: Heimarbeit ab sofort – 450 € am Tag!", "Sie sind eingestellt!", "Dringend: Homeoffice-Stelle frei"]), f"{a} {b} {d}",
             [], None, raw=True, sender=(pick(rng, ["HR Abteilung Europa", "Personalservice International"]), f"jobs.sofort{rng.randint(10, 99)}@gmail.com"))


def n_rental(rng, c):
    return P("Ihre Bewerbung für die Wohnung", pick(rng, ["Danke für Ihr Interesse an der 3-Zimmer-Wohnung. Leider hat sich der Vermieter für andere Mieter entschieden.",
                                                          "Leider können wir Ihnen die Wohnung nicht vermieten. Wir wünschen Ihnen viel Erfolg bei der Suche."]), [], None, sig="",
             sender=("Immobilienverwaltung Seeblick", "vermietung@seeblick-immo.ch") if c["region"] == "ch" else ("Hausverwaltung Donaublick", "vermietung@donaublick.at"))


def n_admission(rng, c):
    return P("Zulassung Masterstudium", "Leider können wir Ihnen für das kommende Semester keinen Studienplatz im Masterstudium anbieten.", [], None, sig="",
             sender=("Studienzulassung", "zulassung@uni-beispiel." + ("ch" if c["region"] == "ch" else "at")))


def n_loan(rng, c):
    return P("Ihr Kreditantrag", "Nach Prüfung Ihres Antrags können wir Ihnen den gewünschten Kredit leider nicht gewähren.", [], None, sig="",
             sender=("Sparkasse Bergland", "service@sparkasse-bergland.at"))


def n_personal(rng, c):
    a = pick(rng, ["Servus! ", "Hoi zäme, ", "Na du, ", "Hallo Schatz, ", ""])
    b = pick(rng, ["kommst am Samstag zum Grillen?", "hier die Fotos vom Wandern.", "wie ist das Gespräch gelaufen?", "kannst du am Sonntag die Oma abholen?",
                   "hast schon was von der Firma gehört?", "die Skitour am Wochenende fällt wegen Föhn aus."])
    d = pick(rng, ["Ich drück dir die Daumen!", "Bis bald!", "Bussi", "Meld dich!", "LG", ""])
    return P(pick(rng, ["Grillen am Samstag?", "AW: wie wars?", "Fotos vom Wandern", "Sonntag", "Skitour", "kurz"]), (a + b + " " + d).strip(), [], None, raw=True,
             sender=(pick(rng, ["Mama", "Sepp", "Nici", "Beni", "Tante Resi"]), pick(rng, ["privat.kontakt", "sepp.h", "nici87", "beni.w"]) + "@gmx.at"))


def n_jobcentre(rng, c):
    if c["region"] == "ch":
        subj, body, snd = pick(rng, ["Einladung zum Beratungsgespräch – RAV", "Ihre Anmeldung beim RAV"]), pick(rng, [
            "Sie sind zu einem Beratungsgespräch am {day}, {num}. {month}, um {hour} Uhr beim RAV {city} eingeladen. Bitte bringen Sie Ihre Arbeitsbemühungen mit.",
            "Bitte reichen Sie das Formular Nachweis der persönlichen Arbeitsbemühungen bis zum 5. des Monats ein."]), ("RAV " + c["city"], "noreply@rav-beispiel.ch")
    else:
        subj, body, snd = pick(rng, ["AMS: Terminvereinbarung", "Vermittlungsvorschlag vom AMS"]), pick(rng, [
            "Ihr nächster Termin bei Ihrer AMS-Beraterin ist am {day} um {hour} Uhr. Bei Verhinderung melden Sie sich bitte rechtzeitig.",
            "Das AMS hat Ihnen ein Stellenangebot zugewiesen. Bitte bewerben Sie sich innerhalb von acht Tagen und melden Sie das Ergebnis."]), ("Arbeitsmarktservice", "noreply@ams-beispiel.at")
    return P(subj, body, [], None, sig="", sender=snd)


def s_thanks(rng, c):
    return P("Danke für das Gespräch", "Vielen Dank für das angenehme Gespräch heute. Ich habe einen sehr guten Eindruck vom Team bekommen und freue mich, von Ihnen zu hören.", [], c["company"], folder="Sent")


def s_withdraw(rng, c):
    return P("AW: Bewerbungsprozess {role}", pick(rng, ["Ich habe mich inzwischen für eine andere Stelle entschieden und ziehe meine Bewerbung zurück.",
                                                       "Aus privaten Gründen möchte ich meine Bewerbung zurückziehen. Danke für Ihr Verständnis."]), [], c["company"], folder="Sent")


def s_accept(rng, c):
    return P("AW: Stellenangebot – {role}", "Sehr gerne nehme ich Ihr Angebot an! Den unterschriebenen Vertrag schicke ich Ihnen per Post.",
             [], c["company"], folder="Sent", quoted="Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können.", quoted_who="emp")


def s_schedule(rng, c):
    return P("AW: Einladung zum {gespraech}", pick(rng, ["Der Termin am {day} um {hour} Uhr passt mir gut, ich bestätige gerne.", "Am {day} kann ich leider nicht, wäre Donnerstag Vormittag möglich?"]),
             [], c["company"], folder="Sent", quoted="Passt Ihnen ein Gespräch am {day} um {hour} Uhr?", quoted_who="emp")


def s_apply(rng, c):
    return P("Bewerbung als {role}", "Mit grossem Interesse habe ich Ihr Inserat gelesen und sende Ihnen anbei meine Bewerbungsunterlagen.", [], c["company"], folder="Sent")


KINDS = {k[2:] if k.startswith("k_") else k: v for k, v in globals().items() if k[:2] in ("k_", "n_", "s_") and callable(v)}


def _sender(kind: str):
    def f(rng, c):
        if kind == "person":
            return pick(rng, [c["rec"], f"{c['rec']} | {c['company']}"]), f"{slug(c['rec_first'])}.{slug(c['rlast'])}@{c['dom']}"
        if kind == "team":
            return pick(rng, [f"Personalabteilung {c['company']}", f"HR {c['company']}", f"Personaldienst – {c['company']}"]), f"{pick(rng, ['personal', 'hr', 'bewerbung'])}@{c['dom']}"
        return pick(rng, [f"Karriere {c['company']}", f"{c['company']} (noreply)"]), f"noreply@karriere.{c['dom']}"
    return f


def _sig(lines):
    return lambda rng, c: pick(rng, lines).format_map(c)


def _qhead(rng, c, who):
    name = c["cand_full"] if who == "cand" else c["rec"]
    addr = c["cand_addr"] if who == "cand" else c["emp_addr"]
    if rng.random() < 0.35:
        return f"-----Ursprüngliche Nachricht-----\nVon: {name} <{addr}>\nGesendet: {c['day']}, {c['num']}. {c['month']} 2024 {c['hour']}\nAn: {c['emp_addr'] if who == 'cand' else c['cand_addr']}\nBetreff: {c['role']}"
    return f"Am {c['day']}, {c['num']}. {c['month']} 2024 um {c['hour']} schrieb {name} <{addr}>:"


COMMON = {"sent_greet": ["Sehr {rGeehrte} {rlast},", "Grüezi {rFrau} {rlast}", "Hallo {rec_first},", "Guten Tag,"],
          "sent_signoff": ["Freundliche Grüsse", "Mit freundlichen Grüßen", "Liebe Grüße", "Beste Grüsse", "LG"], "quote_head": _qhead}
STYLES = {
    "at-familienbetrieb": dict(sender=_sender("person"), greet=["Servus {first},", "Sehr {Geehrte} {last},", "Grüß Gott {Frau} {last},", "Hallo {first}!"],
                               signoff=["Liebe Grüße", "Mit freundlichen Grüßen", "Schöne Grüße aus {city}", "Baba und alles Gute"],
                               sig=_sig(["{rec}\nPersonal & Lehrlinge\n{company}\n{city}", "{rec_first}\n{company}", "{rec}, Geschäftsführung\n{company}, FN {ref}a"]),
                               footer=["{company} | Firmenbuchgericht {city} | UID ATU{ref}", "Bitte denken Sie an die Umwelt, bevor Sie dieses E-Mail drucken."], html_only=0.08, html_alt=0.15),
    "at-amt": dict(sender=_sender("team"), greet=["Sehr {Geehrte} {last}!", "Sehr geehrte Bewerberin, sehr geehrter Bewerber!", "Sehr {Geehrte} {last},"],
                   signoff=["Mit freundlichen Grüßen", "Für den Abteilungsvorstand:", "Hochachtungsvoll"],
                   sig=_sig(["Personalabteilung\n{company}", "{rec}\nReferat Personalaufnahme\n{company}", "Aufnahmekommission\n{company}"]),
                   footer=["GZ: PA-{ref}/2024 – bitte bei Antworten angeben.", "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig."], footer_p=0.7, html_only=0.15, html_alt=0.2),
    "ch-kanton": dict(sender=_sender("team"), greet=["Sehr {Geehrte} {last}", "Grüezi {Frau} {last}", "Sehr geehrte Damen und Herren"],
                      signoff=["Freundliche Grüsse", "Mit freundlichen Grüssen", "Beste Grüsse"],
                      sig=_sig(["{rec}\nHR-Fachperson\n{company}", "Personaldienst\n{company}\nTel. 058 {ref}", "{company}\nRekrutierung"]),
                      footer=["Diese E-Mail ist vertraulich. Falls Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.", ""], footer_p=0.5, html_only=0.1, html_alt=0.2),
    "ch-genossenschaft": dict(sender=_sender("noreply"), greet=["Grüezi {first}", "Hallo {first}", "Sehr {Geehrte} {last}", "Liebe/r {first}"],
                              signoff=["Freundliche Grüsse", "Herzliche Grüsse", "En schöne Tag und freundliche Grüsse"],
                              sig=_sig(["Ihr Recruiting-Team\n{company}", "{rec}\nHR Business Partner\n{company}", "Personal Region {city}"]),
                              footer=["Datenschutz: Ihre Daten werden gemäss revDSG bearbeitet.", "Dies ist eine automatisch generierte Nachricht."], footer_p=0.7, html_only=0.25, html_alt=0.25),
    "alpen-startup": dict(sender=_sender("person"), greet=["Hi {first}!", "Hallo {first},", "Hoi {first}", "Servus {first}!"],
                          signoff=["Cheers,", "Liebe Grüße", "Bis bald!", "Beste Grüsse"],
                          sig=_sig(["{rec_first} | People @ {company}", "{rec}\nCo-Founder, {company}", "{rec_first}"]), footer=["{company} · {city}", ""], html_only=0.05, html_alt=0.1),
    "sent": dict(sender=_sender("person"), greet=[""], signoff=[""], sig=_sig([""]), footer=[]),
    "sent-handy": dict(sender=_sender("person"), greet=[""], signoff=[""], sig=_sig([""]), footer=[], handy=True),
    "portal": dict(sender=_sender("noreply"), greet=["Hallo {first},"], signoff=["Freundliche Grüße"], sig=_sig(["Ihr Team"]), footer=[], html_only=0.3, html_alt=0.3),
    "alltag": dict(sender=_sender("person"), greet=["Sehr {Geehrte} {last},", "Hallo {first},", "Grüezi"], signoff=["Freundliche Grüße", "Mit freundlichen Grüßen"],
                   sig=_sig([""]), footer=[], html_only=0.15, html_alt=0.2),
}
for _s in STYLES.values():
    _s.update(COMMON)


def _swiss(text: str) -> str:
    return text.replace("ß", "ss")


def _frame_for(st: dict):
    if st.get("handy"):
        st_ch = dict(st, post=_swiss, sent_greet=["Hoi {rec_first}", "Grüezi", ""], sent_signoff=["Merci!", "Gruess", "Von meinem iPhone gesendet"])
        st_at = dict(st, sent_greet=["Hallo {rec_first}", "Servus", ""], sent_signoff=["Danke!", "lg", "Von meinem Smartphone gesendet"])
        return lambda rng, ctx, piece, w, fam: frame(rng, ctx, piece, w, fam, st_ch if ctx["region"] == "ch" else st_at)
    st_ch = dict(st, post=_swiss, sent_greet=["Sehr {rGeehrte} {rlast}", "Grüezi {rFrau} {rlast}", "Hoi {rec_first}", "Guten Tag"],
                 sent_signoff=["Freundliche Grüsse", "Beste Grüsse", "Liebe Grüsse", "Mit freundlichen Grüssen"])
    st = dict(st, sent_greet=["Sehr {rGeehrte} {rlast},", "Grüß Gott {rFrau} {rlast},", "Hallo {rec_first},", "Guten Tag,"],
              sent_signoff=["Mit freundlichen Grüßen", "Liebe Grüße", "LG", "Beste Grüße"])

    def f(rng, ctx, piece, w, fam):
        frame(rng, ctx, piece, w, fam, st_ch if ctx["region"] == "ch" else st)
    return f


FRAMES = {fam: _frame_for(st) for fam, st in STYLES.items()}

PLAN = [
    ("at-familienbetrieb", "rej", 5), ("at-familienbetrieb", "rej_fb", 4), ("at-familienbetrieb", "inv", 8), ("at-familienbetrieb", "ack", 4),
    ("at-familienbetrieb", "offer", 4), ("at-familienbetrieb", "n_thanks", 3), ("at-familienbetrieb", "n_reminder", 3), ("at-familienbetrieb", "n_onboard", 3),
    ("at-familienbetrieb", "n_interviewer", 3), ("at-familienbetrieb", "fb_reply", 2), ("at-familienbetrieb", "rej_inv", 1), ("at-familienbetrieb", "n_autoreply", 2),
    ("at-amt", "rej", 4), ("at-amt", "rej_oc", 4), ("at-amt", "rej_fb", 2), ("at-amt", "inv", 5), ("at-amt", "ack", 5), ("at-amt", "n_status", 3), ("at-amt", "n_pool", 3),
    ("at-amt", "n_review", 3), ("at-amt", "offer", 2), ("at-amt", "n_cantshare", 2),
    ("ch-kanton", "rej", 4), ("ch-kanton", "rej_oc", 3), ("ch-kanton", "rej_fb", 3), ("ch-kanton", "inv", 5), ("ch-kanton", "ack", 4), ("ch-kanton", "ack_inv", 2),
    ("ch-kanton", "offer", 2), ("ch-kanton", "n_confirmed", 3), ("ch-kanton", "n_cantshare", 2), ("ch-kanton", "n_headhunter", 3), ("ch-kanton", "rej_inv", 2),
    ("ch-genossenschaft", "ack", 5), ("ch-genossenschaft", "ack_inv", 3), ("ch-genossenschaft", "rej", 4), ("ch-genossenschaft", "inv", 5), ("ch-genossenschaft", "n_status", 3),
    ("ch-genossenschaft", "n_confirmed", 3), ("ch-genossenschaft", "n_reminder", 3), ("ch-genossenschaft", "offer", 2), ("ch-genossenschaft", "rej_oc", 2), ("ch-genossenschaft", "n_bounce", 2),
    ("alpen-startup", "rej", 3), ("alpen-startup", "rej_fb", 3), ("alpen-startup", "inv", 5), ("alpen-startup", "inv_resched", 2), ("alpen-startup", "offer", 3),
    ("alpen-startup", "fb_reply", 2), ("alpen-startup", "n_thanks", 3), ("alpen-startup", "n_closed_before", 3), ("alpen-startup", "rej_oc", 2),
    ("sent", "fbreq", 8), ("sent", "s_thanks", 3), ("sent", "s_withdraw", 3), ("sent", "s_accept", 3), ("sent", "s_schedule", 3), ("sent", "s_apply", 3),
    ("sent-handy", "fbreq", 7), ("sent-handy", "s_thanks", 3), ("sent-handy", "s_withdraw", 2), ("sent-handy", "s_accept", 2), ("sent-handy", "s_schedule", 3), ("sent-handy", "s_apply", 3),
    ("portal", "n_alert", 8), ("portal", "n_views", 5), ("portal", "n_complete", 4), ("portal", "n_portal_ack", 6), ("portal", "n_newsletter", 6),
    ("portal", "n_webinar", 6), ("portal", "n_scam", 4),
    ("alltag", "n_rental", 5), ("alltag", "n_admission", 4), ("alltag", "n_loan", 3), ("alltag", "n_personal", 6), ("alltag", "n_jobcentre", 6),
]


def generate(rng: random.Random) -> Iterable[dict]:
    """Yield the Austrian and Swiss German records."""
    w = Writer(FAMILY_PREFIX, "de")
    yield from run_plan(rng, w, PLAN, FRAMES, KINDS, new_ctx)
