"""Writer 42: whole messages written by hand, one at a time (de/fr/es/en), many of them boundary cases."""

from __future__ import annotations

import _w42_kit as K

FAMILY_PREFIX = "w42one"

# (family suffix, folder, lang, from_name, from_addr, to_addr, subject, body, labels, company, topics, outside, html)
M = [
    ("hand", "INBOX", "de", "Sabine Wörner", "s.woerner@lindenhof-kliniken.de", "nele.krause@posteo.de",
     "Ihre Bewerbung Stationsleitung Kardiologie",
     """Sehr geehrte Frau Krause,

haben Sie vielen Dank für das offene Gespräch am vergangenen Donnerstag und für die Zeit, die Sie sich für den Rundgang über die Station genommen haben.

Wir haben lange abgewogen. Am Ende haben wir uns entschieden, die Stationsleitung mit einer Kollegin zu besetzen, die bereits mehrere Jahre eine kardiologische Intensivstation geführt hat und damit noch näher an unserem Anforderungsprofil liegt.

Ich weiß, dass das nicht die Nachricht ist, auf die Sie gehofft haben. Ihre Unterlagen würden wir gern im Blick behalten, falls im Herbst die Leitung der IMC frei wird.

Herzliche Grüße
Sabine Wörner
Pflegedirektion
Lindenhof Kliniken
""", ["rejection"], "Lindenhof Kliniken", [], ["closer_fit"], None),
    ("hand", "INBOX", "de", "Schreinerei Gubler", "info@gubler-holz.ch", "reto.brunner@bluewin.ch", "Schnuppertag / Probearbeiten",
     """Grüezi Herr Brunner

Danke für Ihre Unterlagen, die haben mir gut gefallen. Bevor wir über einen Vertrag reden, würde ich Sie gerne einen Tag in der Werkstatt sehen – wie wärs mit Dienstag in einer Woche, 7 Uhr? Arbeitskleider haben wir, Sicherheitsschuhe bitte selber mitbringen.

Geben Sie mir einfach kurz telefonisch Bescheid ob das geht: 052 233 41 87

Freundliche Grüsse
Urs Gubler
Schreinerei Gubler AG, Winterthur
""", ["interview_invite"], "Schreinerei Gubler", [], [], None),
    ("hand", "INBOX", "de", "Donauwerk Stahl – Recruiting", "karriere@donauwerk.at", "lukas.huber@gmx.at",
     "Eingangsbestätigung und Einladung zum Online-Assessment",
     """Sehr geehrter Herr Huber,

vielen Dank für Ihre Bewerbung als Lehrling Metalltechnik – sie ist am 3. Jänner vollständig bei uns eingelangt.

Alle Bewerber*innen für unsere Lehrstellen absolvieren als ersten Schritt einen Online-Eignungstest (Rechnen, Logik, räumliches Vorstellungsvermögen, ca. 45 Minuten). Ihren persönlichen Zugang finden Sie hier:
https://assessment.donauwerk.at/start?token=7f3a91

Bitte schließen Sie den Test bis spätestens 20. Jänner ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Donauwerk Stahl GmbH
Linz · www.donauwerk.at
""", ["application_ack", "interview_invite"], "Donauwerk Stahl", [], [], None),
    ("hand", "INBOX", "de", "Markus Reiter", "m.reiter@seewald-versicherung.de", "johanna.seidel@web.de", "AW: Bitte um kurzes Feedback",
     """Liebe Frau Seidel,

gern, und danke, dass Sie nachfragen – das machen leider die wenigsten.

Fachlich war das Gespräch gut. Zwei Dinge hat das Panel aber festgehalten: Ihre Antworten waren oft sehr ausführlich, sodass wir bei einigen Fragen den eigentlichen Punkt nicht mehr gefunden haben. Und am Ende hatten Sie keine eigenen Fragen zur Abteilung, was bei einer Teamleitungsrolle schon auffällt.

Ich hoffe, das hilft Ihnen weiter.

Beste Grüße
Markus Reiter
Seewald Versicherung AG | Personalentwicklung

Am 14.05.2026 um 09:12 schrieb Johanna Seidel <johanna.seidel@web.de>:
> Sehr geehrter Herr Reiter,
>
> vielen Dank für Ihre Nachricht. Darf ich Sie um ein kurzes Feedback bitten, woran es gelegen hat?
>
> Viele Grüße
> Johanna Seidel
""", ["feedback"], "Seewald Versicherung", ["communication", "questions_to_ask"], [], None),
    ("hand", "Sent", "de", "Jonas Lehmann", "jonas.lehmann@posteo.de", "lena@quellwerk.io", "Re: Kurzes Update",
     """Hi Lena,

danke dir für die ehrliche Absage, auch wenn's schade ist. Hättest du vielleicht 10 min für nen Call, wo du mir sagst was bei der Take-Home-Aufgabe nicht gepasst hat? Ich will da echt besser werden.

VG Jonas

> Am 02.06.2026 um 17:40 schrieb Lena Pohl <lena@quellwerk.io>:
> Hi Jonas, leider haben wir uns für jemand anderen entschieden. Sorry!
""", ["feedback_request"], "Quellwerk Software", [], [], None),
    ("hand", "INBOX", "de", "Kessler & Vogt Personal", "personal@kessler-vogt.de", "a.yilmaz@gmail.com", "Unser Angebot – wie telefonisch besprochen",
     """Sehr geehrte Frau Yilmaz,

wie heute Vormittag am Telefon besprochen, erhalten Sie hiermit unser Angebot auch schriftlich: Wir möchten Sie zum 1. September als Konstrukteurin im Bereich Sondermaschinenbau einstellen. Das Jahresgehalt beträgt 61.500 € brutto zzgl. Urlaubs- und Weihnachtsgeld nach IG-Metall-Tarif.

Den Vertragsentwurf finden Sie im Anhang. Geben Sie uns bitte bis Ende nächster Woche Bescheid.

Mit freundlichen Grüßen
i. A. Petra Hansen
Personalabteilung
Kessler & Vogt Maschinenbau GmbH
""", ["offer"], "Kessler & Vogt Maschinenbau", [], [], None),
    ("hand", "INBOX", "de", "Nordlicht Energie Onboarding", "onboarding@nordlicht-energie.de", "felix.keller@outlook.com",
     "Willkommen an Bord! Ihre Unterlagen für den ersten Arbeitstag",
     """Hallo Herr Keller,

wir freuen uns sehr, dass Sie unser Angebot angenommen haben! Damit Ihr Start am 1. Oktober reibungslos klappt, bitten wir Sie, folgende Unterlagen bis zum 15. September hochzuladen:

- Steuer-ID und Sozialversicherungsnummer
- Bankverbindung
- Nachweis der Krankenkasse

Ihr Laptop wird gerade eingerichtet. Am ersten Tag holt Sie Ihre Patin Frau Gruber am Empfang ab.

Bis bald!
Team Onboarding, Nordlicht Energie
""", [], "Nordlicht Energie", [], [], None),
    ("hand", "INBOX", "de", "Hofmann Medizintechnik", "bewerbung@hofmann-medtech.de", "sophie.fischer@gmx.de", "Zwischenbescheid zu Ihrer Bewerbung",
     """Sehr geehrte Frau Fischer,

wir möchten Sie nicht länger warten lassen: Ihre Bewerbung als Regulatory Affairs Specialist ist nicht vergessen. Da sich die Abstimmung mit unserer Fachabteilung wegen der Urlaubszeit verzögert, wird eine Entscheidung voraussichtlich erst Mitte August fallen.

Wir bitten um Ihr Verständnis und melden uns unaufgefordert.

Freundliche Grüße
Personalabteilung
Hofmann Medizintechnik GmbH
""", [], "Hofmann Medizintechnik", [], [], None),
    ("hand", "INBOX", "de", "Tobias", "tobias@grazer-datenhaus.at", "miriam.pohl@proton.me", "passt leider nicht",
     """Hey Miriam,

kurz und ehrlich: wir passen diesmal. Für die Rolle brauchen wir jemanden, der schon ein Data-Team geleitet hat.

Alles Gute!
Tobias
""", ["rejection"], "Grazer Datenhaus", [], ["level_mismatch"], None),
    ("hand", "INBOX", "de", "Alpenblick Hotels – Personal", "jobs@alpenblick-hotels.at", "katrin.gruber@gmx.at", "Ihr Vertrag als Rezeptionsleiterin",
     """Sehr geehrte Frau Gruber,

es freut uns sehr, Ihnen die Stelle als Rezeptionsleiterin im Alpenblick Seehotel anbieten zu dürfen. Ihr Auftreten beim Probetag hat das Team begeistert.

Ein Hinweis aus dem Gespräch mit der Direktion, den wir Ihnen mitgeben möchten: Bei der Schichtplanung für 14 Mitarbeitende fehlt Ihnen noch Praxis; wir stellen Ihnen dafür in den ersten Monaten einen Mentor zur Seite.

Vertragsbeginn wäre der 1. Mai, Einstufung nach KV Hotel- und Gastgewerbe. Bitte melden Sie sich bis 10. April.

Mit besten Grüßen
Hannes Egger
HR Manager
""", ["offer", "feedback"], "Alpenblick Hotels", ["experience_level"], [], None),
    ("hand", "INBOX", "fr", "Groupe Vernier – Recrutement", "recrutement@groupe-vernier.fr", "camille.roussel@orange.fr",
     "Suite favorable à votre candidature",
     """Bonjour Madame Roussel,

Nous avons le plaisir de donner une suite favorable à votre candidature au poste d'Acheteuse industrielle.

Nous vous proposons un second entretien avec M. Garnier, directeur des achats, le jeudi 12 mars à 14h30 dans nos locaux de Villeurbanne. Merci de nous confirmer votre présence par retour de mail.

Bien cordialement,
Service Recrutement
Groupe Vernier
""", ["interview_invite"], "Groupe Vernier", [], [], None),
    ("hand", "INBOX", "fr", "Carbonne Énergies RH", "rh@carbonne-energies.fr", "julien.martin@free.fr", "Votre candidature – Ingénieur réseaux",
     """Monsieur,

Nous vous remercions pour votre candidature et pour l'intérêt porté à Carbonne Énergies.

Nous ne sommes malheureusement pas en mesure d'y donner suite pour le moment : à la suite d'une décision du comité de direction, tous les recrutements prévus au second semestre sont gelés.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

La Direction des Ressources Humaines
""", ["rejection"], "Carbonne Énergies", [], ["budget_freeze"], None),
    ("hand", "INBOX", "fr", "Marie-Ève Gagnon", "megagnon@servicesboreal.ca", "etienne.tremblay@videotron.ca", "Entrevue téléphonique – Agent·e de soutien",
     """Bonjour Étienne,

Merci d'avoir postulé chez Services Boréal. Votre profil nous intéresse et j'aimerais vous proposer une courte entrevue téléphonique (20 minutes) pour faire connaissance.

Seriez-vous disponible mardi prochain entre 10 h et midi? Sinon, proposez-moi une autre plage horaire qui vous convient.

Au plaisir,
Marie-Ève Gagnon
Conseillère en acquisition de talents
Services Boréal – Sherbrooke
""", ["interview_invite"], "Services Boréal", [], [], None),
    ("hand", "INBOX", "fr", "Walbrix", "jobs@walbrix.be", "sarah.peeters@gmail.com", "Votre candidature chez Walbrix",
     """Bonjour Sarah,

Petit mot pour vous dire que votre candidature est toujours en cours d'analyse. Nous avons reçu beaucoup de dossiers pour ce poste et prenons le temps de bien les lire.

Vous aurez de nos nouvelles d'ici deux semaines au plus tard.

Bien à vous,
L'équipe Walbrix – Namur
""", [], "Walbrix", [], [], None),
    ("hand", "INBOX", "fr", "Maison Delorme", "rh@maison-delorme.fr", "ines.benali@laposte.net", "Promesse d'embauche – Responsable boutique Lyon",
     """Madame,

Suite à nos différents échanges, nous avons le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Responsable de boutique à Lyon Presqu'île, en CDI, statut agent de maîtrise, à compter du 2 juin.

Rémunération annuelle brute : 36 000 €, plus une prime sur objectifs.

Nous vous remercions de nous retourner un exemplaire signé avant le 20 mai.

Bien cordialement,
Claire Fontaine
Responsable Ressources Humaines
Maison Delorme
""", ["offer"], "Maison Delorme", [], [], None),
    ("hand", "Sent", "fr", "Antoine Girard", "antoine.girard@orange.fr", "recrutement@mutuelle-stclair.fr", "RE : Votre candidature",
     """Bonjour,

Merci pour votre réponse. Si ce n'est pas trop demander, pourriez-vous me dire ce qui a manqué lors de l'étude de cas ? J'aimerais comprendre pour mes prochaines candidatures.

Cordialement,
Antoine Girard

-----Message d'origine-----
De : Recrutement Mutuelle Saint-Clair
Envoyé : mardi 4 mars 2026 16:02
Objet : Votre candidature

Monsieur, nous avons le regret de vous informer que votre candidature n'a pas été retenue.
""", ["feedback_request"], "Mutuelle Saint-Clair", [], [], None),
    ("hand", "INBOX", "fr", "Transports Garnier", "drh@transports-garnier.fr", "thomas.moreau@gmail.com", "RE : Demande de retour",
     """Bonjour Monsieur Moreau,

Nous comprenons votre démarche, mais notre politique interne ne nous permet pas de communiquer de retour individuel à l'issue des entretiens.

Nous vous souhaitons une bonne continuation.

Cordialement,
DRH Transports Garnier

Le lun. 9 févr. 2026 à 10:21, Thomas Moreau <thomas.moreau@gmail.com> a écrit :
> Bonjour, serait-il possible d'avoir un retour sur mon entretien ? Merci d'avance.
""", [], "Transports Garnier", [], [], None),
    ("hand", "INBOX", "fr", "Lumière Santé – Stages", "stages@lumiere-sante.fr", "chloe.lambert@etu.univ-lille.fr", "Votre candidature de stage",
     """Bonjour Chloé,

Merci pour votre candidature au stage d'assistante marketing (6 mois). Nous ne la retiendrons pas cette fois-ci.

Pour être transparente avec vous : votre CV listait surtout des tâches, sans montrer de résultats, et la lettre aurait pu être envoyée à n'importe quelle entreprise. Avec un dossier plus ciblé, n'hésitez pas à retenter votre chance pour la session de printemps.

Belle journée,
Audrey, RH Lumière Santé
""", ["rejection", "feedback"], "Lumière Santé", ["cv_positioning"], [], None),
    ("hand", "INBOX", "fr", "Océlia", "talent@ocelia.io", "karim.benali@proton.me", "Ta candidature – prochaine étape",
     """Hello Karim,

On a bien reçu ta candidature pour le poste de dev backend, merci !

Prochaine étape : un test technique en ligne (Python, 90 min) à faire quand tu veux cette semaine → https://ocelia.io/test/k4b2

À très vite,
Inès pour l'équipe Océlia
""", ["application_ack", "interview_invite"], "Océlia", [], [], None),
    ("hand", "INBOX", "es", "Grupo Cenote – Atracción de Talento", "talento@grupocenote.mx", "ximena.ramirez@yahoo.com.mx", "Tu postulación en Grupo Cenote",
     """Hola Ximena:

Gracias por participar en el proceso para Gerente de Tienda en Mérida. Lamentamos informarte que decidimos avanzar con otros perfiles para esta vacante.

Sin embargo, tu experiencia en inventarios nos llamó mucho la atención para la vacante de Coordinadora de Almacén en Cancún. ¿Te interesaría una entrevista virtual el jueves a las 11:00? Responde a este correo y te mandamos la liga.

Saludos cordiales,
Atracción de Talento
Grupo Cenote
""", ["rejection", "interview_invite"], "Grupo Cenote", [], [], None),
    ("hand", "INBOX", "es", "Nico de Mate Digital", "nico@matedigital.com.ar", "florencia.acosta@gmail.com", "¿Charlamos?",
     """Hola Flor! ¿Cómo andás?

Vimos tu postulación para la búsqueda de Product Designer y nos re copó tu portfolio. ¿Tenés un rato el jueves a la tarde para una call de 30 min con el equipo? Decime qué horario te queda cómodo y te mando el link de Meet.

Abrazo,
Nico
Mate Digital
""", ["interview_invite"], "Mate Digital", [], [], None),
    ("hand", "INBOX", "es", "Viña Los Quillayes", "personas@quillayes.cl", "ignacio.munoz@gmail.com", "Carta oferta – Enólogo Asistente",
     """Estimado Ignacio:

Junto con saludar, tenemos el agrado de ofrecerle el cargo de Enólogo Asistente en nuestra bodega de Santa Cruz, con una renta líquida mensual de $1.450.000, contrato indefinido tras un periodo a plazo fijo de tres meses, e inicio el 1 de marzo.

Adjuntamos la carta oferta con el detalle de beneficios (colación, movilización y bono de vendimia). Le agradeceremos confirmar su aceptación antes del viernes 14.

Saludos cordiales,
Gerencia de Personas
Viña Los Quillayes
""", ["offer"], "Viña Los Quillayes", [], [], None),
    ("hand", "INBOX", "es", "Andina Pagos - Gestión Humana", "gestionhumana@andinapagos.co", "camila.rojas@hotmail.com", "Recibimos tu hoja de vida",
     """Cordial saludo, Camila:

Te confirmamos que recibimos tu hoja de vida para la vacante de Analista de Riesgo Crediticio en Medellín. El equipo de Gestión Humana la revisará en los próximos días hábiles.

Recuerda que en Andina Pagos nunca solicitamos dinero durante el proceso de selección.

Cordialmente,
Gestión Humana – Andina Pagos
""", ["application_ack"], "Andina Pagos", [], [], None),
    ("hand", "INBOX", "es", "Navarra Renovables", "seleccion@navarrarenovables.es", "diego.navarro@hotmail.es", "Proceso de selección Técnico de Operación",
     """Hola Diego:

Gracias por tu tiempo en la entrevista del martes. Hemos decidido no continuar con tu candidatura: para esta posición buscamos un perfil más junior, que podamos formar desde cero en nuestros parques, y tu trayectoria está claramente por encima de lo que ofrecemos.

Te deseamos mucha suerte.

Un saludo,
Equipo de Selección – Navarra Renovables
""", ["rejection"], "Navarra Renovables", [], ["level_mismatch"], None),
    ("hand", "Sent", "es", "Santiago Ortega", "santiortega@gmail.com", "talento@pampaagro.com.ar", "RE: Búsqueda Analista de Costos",
     """Hola Martina, ¿cómo estás?

Gracias por avisarme. Una consulta: ¿me podrías pasar algo de retroalimentación sobre la entrevista técnica? Me sirve un montón para las próximas búsquedas.

Gracias!
Santi

El vie, 6 mar 2026 a las 18:03, Martina Herrera (<talento@pampaagro.com.ar>) escribió:
> Hola Santiago, te escribo para contarte que avanzamos con otro candidato para la búsqueda. Gracias por tu tiempo.
""", ["feedback_request"], "Pampa Agro", [], [], None),
    ("hand", "INBOX", "es", "Clínica Sorolla", "citas@clinicasorolla.es", "lucia.garcia@gmail.com", "Recordatorio: entrevista mañana 10:00",
     """Hola Lucía:

Te recordamos que mañana a las 10:00 tienes la entrevista con la supervisora de quirófano, tal como acordamos por teléfono. Pregunta en la recepción de la planta baja por Recursos Humanos.

¡Hasta mañana!
RR. HH. Clínica Sorolla
""", [], "Clínica Sorolla", [], [], None),
    ("hand", "INBOX", "es", "Rodrigo", "rodrigo@tlaloc.mx", "paula.salazar@gmail.com", "re: Backend",
     """Gracias Paula, pero pasamos por ahora. Suerte!

Rodrigo
Enviado desde mi iPhone
""", ["rejection"], "Tlaloc Software", [], [], None),
    ("hand", "INBOX", "en", "Pfeifer Bau HR", "hr@pfeifer-bau.de", "emma.schulte@gmail.com", "Your application as Site Engineer",
     """Dear Ms Schulte,

Thank you very much for the interview last week and for your patience. We must inform you that we have decided for another candidate.

Please allow us some feedback: the technical part was convincing, but in the case study your cost calculation had several mistakes in the basics, and when the colleagues asked about German building regulations (VOB) you could not go into detail.

We wish you all the best for your further way.

With kind regards
Pfeifer Bau GmbH
Human Resources
""", ["rejection", "feedback"], "Pfeifer Bau", ["technical_depth"], [], None),
    ("hand", "INBOX", "en", "Océlia Talent", "talent@ocelia.io", "daniel.leroy@gmail.com", "Thanks for today!",
     """Hi Daniel,

Thanks a lot for spending the afternoon with us today, the team really enjoyed the whiteboard session. We're wrapping up the last interviews this week and will come back to you early next week either way.

Have a nice evening,
Jeanne
""", [], "Océlia", [], [], None),
    ("hand", "INBOX", "en", "Groupe Laurentides Techno", "careers@laurentidestechno.ca", "ben.mercier@icloud.com", "Offer – Cloud Architect",
     """Hi Ben,

Following your conversations with Philippe and the team, we're thrilled to offer you the Cloud Architect position in our Montréal office. Base salary is CAD 128,000 with a 10% annual bonus target and four weeks of vacation.

The formal letter is attached; let me know if you'd like to go over anything before signing.

Best,
Nathalie Bouchard
Talent Acquisition, Groupe Laurentides Techno
""", ["offer"], "Groupe Laurentides Techno", [], [], None),
    ("hand", "INBOX", "es", "Universidad de Valencia – Posgrado", "posgrado@uvalencia-posgrado.es", "marta.torres@gmail.com", "Resolución de admisión – Máster en Finanzas",
     """Estimada Marta:

Lamentamos comunicarle que, tras la baremación de méritos, no ha obtenido plaza en el Máster en Finanzas para el curso 2026/27. Ha quedado en la posición 12 de la lista de espera.

Le informaremos si se produce alguna vacante.

Atentamente,
Comisión Académica del Máster
""", [], None, [], [], None),
    ("hand", "INBOX", "de", "Stadtwerke Ahrenfeld", "personal@sw-ahrenfeld.de", "wolfgang.schneider@t-online.de", "Ihre Bewerbung – Kennziffer 2026-041",
     None, ["rejection"], "Stadtwerke Ahrenfeld", [], ["role_cancelled"],
     """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Schneider,</p>
<p>wir danken Ihnen für Ihre Bewerbung auf die Stelle <b>Ingenieur*in Netzplanung (Kennziffer 2026-041)</b>.</p>
<p>Leider müssen wir Ihnen mitteilen, dass das Besetzungsverfahren eingestellt wurde: Der Aufsichtsrat hat beschlossen, die Stelle im Zuge der Neuordnung der Netzsparte nicht mehr zu besetzen.</p>
<p>Ihre Unterlagen werden gemäß Art. 17 DSGVO nach Ablauf von sechs Monaten gelöscht.</p>
<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Personalservice<br>Stadtwerke Ahrenfeld GmbH</p>
<hr><p style="font-size:10px;color:#777">Stadtwerke Ahrenfeld GmbH · Am Wasserturm 1 · Geschäftsführer: Dr. Klaus Bender · Amtsgericht Ahrenfeld HRB 2231</p>
</body></html>"""),
    ("hand", "INBOX", "fr", "RecrutiPlus pour Maison Delorme", "noreply@notifications.recrutiplus.fr", "lea.dubois@gmail.com",
     "Votre candidature – Conseillère de vente", None, ["rejection"], "Maison Delorme", [], ["role_filled"],
     """<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="font-family:Helvetica,Arial;font-size:14px;color:#222">
<tr><td style="padding:20px;background:#111;color:#fff;font-size:20px">MAISON DELORME</td></tr>
<tr><td style="padding:24px">
<p>Bonjour Léa,</p>
<p>Merci pour l'intérêt que vous portez à Maison Delorme.</p>
<p>Le poste de Conseillère de vente à Annecy pour lequel vous avez postulé a été pourvu. Nous ne pourrons donc pas donner suite à votre candidature.</p>
<p>Nous vous invitons à consulter nos autres opportunités.</p>
<p><a href="https://jobs.maison-delorme.fr" style="background:#111;color:#fff;padding:10px 18px;text-decoration:none">Voir nos offres</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Envoyé par RecrutiPlus pour le compte de Maison Delorme · <a href="#">Se désabonner</a><br>Conformément au RGPD, vous pouvez exercer vos droits en écrivant à dpo@maison-delorme.fr</td></tr>
</table></td></tr></table>"""),
    ("hand", "INBOX", "es", "Talleres Ibarra", "rrhh@talleresibarra.es", "alejandro.romero@gmail.com", "Entrevista – Soldador/a TIG",
     None, ["interview_invite"], "Talleres Ibarra", [], [],
     """<div style="font-family:Arial;font-size:14px">
<p>Buenos días, Alejandro:</p>
<p>Hemos revisado su currículum y nos gustaría que viniera a hacer una <b>prueba práctica de soldadura</b> en nuestro taller de Eibar, seguida de una breve entrevista con el jefe de producción.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Fecha</td><td>lunes 16 de febrero</td></tr>
<tr><td>Hora</td><td>8:30 h</td></tr>
<tr><td>Lugar</td><td>Polígono Azitain, nave 7</td></tr>
</table>
<p>Traiga ropa de trabajo. Confírmenos su asistencia respondiendo a este correo.</p>
<p>Un saludo,<br>Recursos Humanos<br>Talleres Ibarra S.L.</p>
<p style="font-size:10px;color:#888">De conformidad con el RGPD y la LOPDGDD, sus datos serán tratados por Talleres Ibarra S.L. con la finalidad de gestionar el proceso de selección.</p>
</div>"""),
    ("hand", "INBOX", "de", "Limmat Treuhand AG", "hr@limmat-treuhand.ch", "corinne.keller@bluewin.ch", "Ihre Bewerbung als Mandatsleiterin",
     """Sehr geehrte Frau Keller

Besten Dank für Ihr Interesse an einer Tätigkeit bei der Limmat Treuhand AG.

Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur im weiteren Verfahren nicht berücksichtigen werden. Wir haben uns für eine Person entschieden, die den eidgenössischen Fachausweis bereits abgeschlossen hat und damit dem Anforderungsprofil näher kommt.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Limmat Treuhand AG
Human Resources
""", ["rejection"], "Limmat Treuhand", [], ["closer_fit"], None),
    ("hand", "Sent", "de", "Ursula Baumgartner", "u.baumgartner@gmx.at", "recruiting@alpenblick-hotels.at", "Rückzug meiner Bewerbung",
     """Sehr geehrte Damen und Herren,

ich möchte meine Bewerbung als F&B-Managerin zurückziehen. Ich habe inzwischen eine Zusage in Salzburg erhalten und angenommen.

Vielen Dank für die freundliche Betreuung und das nette Gespräch mit Herrn Egger.

Mit freundlichen Grüßen
Ursula Baumgartner
""", [], "Alpenblick Hotels", [], [], None),
]


def generate(rng):
    for n, m in enumerate(M):
        fam_sfx, folder, lang, fn, fa, ta, subj, body, labels, co, topics, outside, html = m
        yield K.rec(f"{FAMILY_PREFIX}-{fam_sfx}", n, folder=folder, lang=lang, from_name=fn, from_addr=fa, to_addr=ta, subject=subj,
                    body_text=body or "", body_html=html, labels=labels, company=co, topics=topics, outside=outside)
