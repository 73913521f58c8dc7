"""Vocabularies for company extraction: ATS relay and free-mail domains, generic sender names.

Data only (plus tiny predicates), so ``pipeline.extract`` stays about the logic. A sender domain in
these lists says nothing about the employer; a display name made only of generic words ("Talent
Acquisition Team", "Recruiting") is never a company.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Applicant-tracking systems, job boards and mail relays: their domain is never the employer.
ATS_DOMAINS: frozenset[str] = frozenset(
    """
    greenhouse.io greenhouse-mail.io us.greenhouse-mail.io eu.greenhouse-mail.io lever.co hire.lever.co
    jobs.lever.co ashbyhq.com ashby.io workday.com myworkday.com myworkdayjobs.com workdaymail.com
    smartrecruiters.com smartrecruiters.net icims.com talent.icims.com taleo.net oraclecloud.com
    successfactors.com successfactors.eu sapsf.com jobvite.com bamboohr.com recruitee.com
    workable.com workablemail.com teamtailor.com teamtailor-mail.com personio.de personio.com
    breezy.hr breezyhr.com jazzhr.com applytojob.com pinpointhq.com comeet.co comeet.com
    rippling.com gusto.com paylocity.com ultipro.com ukg.com adp.com avature.net phenom.com
    phenompeople.com eightfold.ai beamery.com cornerstoneondemand.com csod.com dayforce.com
    ceridian.com paradox.ai hirevue.com codility.com hackerrank.com codesignal.com coderbyte.com
    testgorilla.com calendly.com goodtime.io gem.com hiringthing.com recruiterbox.com zoho.com
    zohorecruit.com zohorecruit.eu freshteam.com join.com softgarden.io softgarden.de
    dvinci.de d-vinci.de rexx-systems.com concludis.de welcometothejungle.com flatchr.io
    taleez.com jobteaser.com indeed.com indeedemail.com linkedin.com e.linkedin.com glassdoor.com
    stepstone.de stepstone.com monster.com ziprecruiter.com dice.com xing.com wellfound.com
    angel.co otta.com hired.com infojobs.net welcomekit.co mailgun.org sendgrid.net
    amazonses.com mandrillapp.com sparkpostmail.com mailchimp.com mcsv.net
    hs-email.net exacttarget.com
    docusign.net docusign.com echosign.com adobesign.com hellosign.com pandadoc.com pandadoc.net
    karat.io karat.com sparkhire.com willo.video harver.com pymetrics.ai shl.com criteriacorp.com
    vervoe.com qualified.io testdome.com hackerearth.com modernhire.com talview.com
    myinterview.com vidcruiter.com bullhornstaffing.com jobadder.com vincere.io recruitcrm.io
    manatal.com hibob.com factorialhr.com homerun.co recruiterflow.com fountain.com harri.com
    workstream.us snagajob.com apploi.com hireology.com reed.co.uk totaljobs.com cv-library.co.uk
    seek.com.au naukri.com foundit.in instahyre.com jobstreet.com bayt.com apec.fr francetravail.fr
    pole-emploi.fr arbeitsagentur.de jobs.ch jobindex.dk finn.no joinhandshake.com adzuna.com
    jobserve.com simplyhired.com careerbuilder.com workopolis.com builtin.com
    """.split()
)
#: Words that identify an ATS relay domain even when the exact host is unknown.
ATS_DOMAIN_WORDS: tuple[str, ...] = (
    "greenhouse",
    "lever",
    "ashby",
    "workday",
    "smartrecruiters",
    "icims",
    "taleo",
    "jobvite",
    "recruitee",
    "workable",
    "teamtailor",
    "personio",
    "breezy",
    "jazzhr",
    "successfactors",
    "myworkday",
    "hirevue",
    "applytojob",
    "softgarden",
    "avature",
    "phenom",
    "recruit",
    "bamboo",
    "careerportal",
)
#: Free-mail providers that serve many country domains ("gmail.com", "live.ie", "hotmail.be",
#: "yahoo.com.mx", "gmx.es"): the provider's label is enough (``is_freemail_domain``).
FREEMAIL_PROVIDERS: frozenset[str] = frozenset(
    "gmail googlemail hotmail outlook live msn yahoo ymail rocketmail icloud aol gmx protonmail"
    " proton yandex zoho tutanota tuta posteo".split()
)
#: Other free-mail and ISP domains: a person writing from one of these says nothing about an
#: employer.
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    """
    me.com mac.com pm.me web.de t-online.de freenet.de mailbox.org
    orange.fr free.fr laposte.net sfr.fr wanadoo.fr telefonica.net fastmail.com hey.com
    mail.com email.com inbox.com
    btinternet.com sky.com virginmedia.com talktalk.net ntlworld.com blueyonder.co.uk
    eircom.net comcast.net verizon.net att.net sbcglobal.net cox.net charter.net bellsouth.net
    earthlink.net optonline.net shaw.ca rogers.com sympatico.ca telus.net videotron.ca
    bigpond.com bigpond.net.au optusnet.com.au iinet.net.au xtra.co.nz
    rediffmail.com sify.com arcor.de online.de libero.it virgilio.it tiscali.it alice.it tin.it
    fastwebnet.it terra.es ya.com uol.com.br bol.com.br terra.com.br ig.com.br sapo.pt
    ziggo.nl kpnmail.nl planet.nl hetnet.nl home.nl telenet.be skynet.be bluewin.ch
    wp.pl o2.pl onet.pl interia.pl seznam.cz mail.ru qq.com 163.com 126.com naver.com hanmail.net
    example.com example.org example.net
    telia.com telia.se telenor.no online.no broadpark.no bredband.net spray.se tele2.se
    jubii.dk mail.dk stofanet.dk elisanet.fi kolumbus.fi luukku.com suomi24.fi
    centrum.cz atlas.cz email.cz volny.cz post.cz azet.sk zoznam.sk centrum.sk pobox.sk
    freemail.hu citromail.hu vipmail.hu t-online.hu indamail.hu abv.bg mail.bg dir.bg
    yahoo.ro rdslink.ro clicknet.ro net.hr inet.hr t-com.hr siol.net amis.net otenet.gr hol.gr
    windowslive.com rambler.ru ukr.net i.ua meta.ua ttnet.com.tr superonline.com mynet.com
    mweb.co.za telkomsa.net vodamail.co.za webmail.co.za iafrica.com
    tiscali.co.uk btopenworld.com orange.net wanadoo.es euskalnet.net
    usa.net juno.com netzero.net daum.net hinet.net sina.com sohu.com yeah.net 139.com
    singnet.com.sg pacific.net.sg tm.net.my streamyx.com vsnl.net
    """.split()
)
#: What may follow a provider's label: a country code, or com/net/org/co plus a country code.
_PUBLIC_SUFFIX = re.compile(r"(?:com|net|org|co)(?:\.[a-z]{2})?|[a-z]{2}")


def is_under(parts: list[str], hosts: frozenset[str]) -> bool:
    """True when the domain split at its dots (``parts``, lower case) is one of ``hosts`` or a
    subdomain of one ("mail.beehiiv.com" under "beehiiv.com")."""
    return any(".".join(parts[i:]) in hosts for i in range(len(parts) - 1))


def _is_freemail(parts: list[str]) -> bool:
    """``is_freemail_domain`` of a lower-cased domain split at its dots."""
    return is_under(parts, FREEMAIL_DOMAINS) or any(
        parts[i] in FREEMAIL_PROVIDERS and _PUBLIC_SUFFIX.fullmatch(".".join(parts[i + 1 :]))
        for i in range(len(parts) - 1)
    )


# Labels under a country code that name a kind of registrant, not the registrant: northwind.co.uk,
# havnestad.kommune.no, riverstone.school.nz, stbrigids.sch.uk, sante.gouv.fr, imss.gob.mx
_KIND_LABELS = frozenset(
    "co com org ac gov net nhs edu sch school kommune gouv gob govt gc k12 mil police ltd plc"
    " health ne or".split()
)
# State and province labels between an organisation and its kind label: health.nsw.gov.au
_REGION_LABELS = frozenset("nsw vic qld wa sa tas act nt qc on bc ab mb sk ns nb pe yt".split())


def owner_label_index(parts: list[str]) -> int:
    """Index, in a domain split at its dots, of the label that names the domain's owner: the one
    left of the top-level domain and, under a country code, of any kind or region labels
    ("northwind" of hr.northwind.co.uk, "health" of health.nsw.gov.au, "ciusss" of ciusss.qc.ca)."""
    i = len(parts) - 2
    country = len(parts[-1]) == 2 or parts[-1] == "example"
    while i > 0 and (
        parts[i] == "example"  # RFC 2606 documentation domains stand in for any: acme.example.com
        or country
        and (
            parts[i] in _KIND_LABELS
            or (parts[i] in _REGION_LABELS and (parts[i + 1] in _KIND_LABELS or i == len(parts) - 2))
        )
    ):
        i -= 1
    return max(i, 0)


def is_freemail_domain(domain: str) -> bool:
    """True when ``domain`` (or a domain it is under) belongs to a free-mail host: a person's
    private address."""
    return _is_freemail(domain.lower().strip(".").split("."))


#: Names of the tools themselves: never a company the user applied to.
ATS_NAMES: frozenset[str] = frozenset(
    """
    greenhouse lever ashby workday smartrecruiters icims taleo jobvite bamboohr recruitee workable
    teamtailor personio breezy jazzhr successfactors hirevue codility hackerrank codesignal calendly
    linkedin indeed glassdoor stepstone monster ziprecruiter xing wellfound otta gem goodtime
    calendar zoom docusign pandadoc hellosign karat sparkhire willo harver pymetrics vervoe
    testdome hackerearth bullhorn jobadder handshake totaljobs naukri adzuna
    """.split()
)
#: Words that make up generic sender names ("Talent Acquisition Team", "Equipo de Selección").
GENERIC_WORDS: frozenset[str] = frozenset(
    """
    talent acquisition team teams recruiting recruitment recruiter recruiters hiring hr human
    resources people ops operations careers career jobs job notifications notification noreply
    no-reply no reply donotreply do not mail mailer admin info support the our your of and &
    candidate candidates experience applicant applicants application applications tracking system
    department dept group office desk services service personnel staffing sourcing resourcing university
    campus early talents partner partners manager managers coordinator coordination scheduling
    interview interviews via on behalf from at automated message messages alert alerts updates
    update news newsletter digest portal system systems employer company workforce
    graduate graduates global referral referrals
    personalabteilung personal bewerbermanagement recruiting-team karriere stellenangebote
    bewerbung bewerbungen ihr dein das die der und
    équipe equipe recrutement ressources humaines rh carrières carrieres talents le la les des
    equipo selección seleccion de del recursos humanos empleo talento personas y el rrhh
    selezione risorse umane werken bij personeelszaken rekrytering rekruttering rekrutacja
    recrutamento e-recruitment erecruitment admissions admission admisiones jobb jobba hos
    kariera carreiras carreira lavora con noi gente gestão trabalhe conosco na
    du candidature candidatures candidat espace emplois empleos reclutamiento vagas vacatures
    werving selectie ufficio personale ledige stillinger lediga dział kadr rr hh
    insan i̇nsan kaynakları ik i̇k kariyer işe alım ekibi personální oddělení lidské zdroje nábor
    kariéra ľudské zdroje personálne oddelenie resurse umane recrutare cariere departamentul
    toborzás karrier humánerőforrás rekrytointi henkilöstöhallinto ljudski potencijali
    zapošljavanje karijere sumber daya manusia sdm rekrutmen karir kerjaya
    """.split()
)
#: Suffixes that turn a company name into a sender name ("Northwind Careers") and are cut off.
SENDER_SUFFIXES: tuple[str, ...] = (
    "global careers",
    "global talent acquisition",
    "graduate recruitment",
    "early careers",
    "campus recruiting",
    "university recruiting",
    "staffing",
    "global",
    "graduate",
    "early",
    "people",
    "hiring committee",
    "recruiting coordination",
    "recruiting coordinator",
    "candidate portal",
    "candidate experience",
    "talent community",
    "team matching",
    "early talent",
    "emerging talent",
    "talent acquisition team",
    "talent acquisition",
    "recruiting team",
    "recruitment team",
    "resourcing team",
    "talent resourcing",
    "resourcing",
    "hiring team",
    "talent team",
    "people team",
    "people & culture",
    "people and culture",
    "hr team",
    "careers team",
    "recruiting",
    "recruitment",
    "careers",
    "career",
    "jobs",
    "hiring",
    "talent",
    "hr",
    "human resources",
    "team",
    "notifications",
    "no-reply",
    "noreply",
    "personalabteilung",
    "recruiting-team",
    "karriere",
    "personalwesen",
    "team recruiting",
    "recrutement",
    "carrières",
    "ressources humaines",
    "rh",
    "service rh",
    "équipe rh",
    "equipo de selección",
    "talents",
    "recursos humanos",
    "rrhh",
    "selección",
    "empleo",
    "talento",
    "e-recruitment",
    "candidate support",
    "people services",
    "referrals",
    "referral team",
    "referral programme",
    "referral program",
    "risorse umane",
    "selezione",
    "personeelszaken",
    "rekrytering",
    "rekruttering",
    "rekrutacja",
    "recrutamento",
    "admissions",
    "graduate admissions",
    # a department or portal after the name: "X Careers Portal", "X HR Office", "X Personal"
    "careers portal",
    "career portal",
    "jobs portal",
    "hr office",
    "hr department",
    "personnel office",
    "personnel department",
    "personal",
    "personale",
    "ufficio personale",
    "emplois",
    "empleos",
    "vagas",
    "vacatures",
    "werken bij",
    "lavora con noi",
    "recrute",
    "reclutamiento",
    "werving & selectie",
    "werving en selectie",
    "ledige stillinger",
    "lediga jobb",
    "dział kadr",
    # tr, cs, sk, ro, hu, fi, hr, id/ms: "Anadolu Oyun İnsan Kaynakları", "Vltava Games Nábor"
    "insan kaynakları",
    "insan kaynakları ekibi",
    "ik",
    "işe alım",
    "kariyer",
    "personální oddělení",
    "lidské zdroje",
    "nábor",
    "ľudské zdroje",
    "personálne oddelenie",
    "resurse umane",
    "recrutare",
    "cariere",
    "hr osztály",
    "toborzás",
    "karrier",
    "rekrytointi",
    "henkilöstöhallinto",
    "ljudski potencijali",
    "zapošljavanje",
    "sumber daya manusia",
    "rekrutmen",
    "karir",
    "kerjaya",
)
_WORD = re.compile(r"[\w&'-]+", re.UNICODE)


#: A domain label built like a sending service's ("greenhouse-mail", "icims-notify",
#: "careerportal-mail", "bamboo-hire", "flowhire", "hirepost-relay"): unknown ATS relays look like this.
_RELAY_LABEL = re.compile(
    r"-(?:mail|mailer|notify|notifications|hire|ats|relay)$|.hire$|.{4}hr$"
)


#: first labels of a host that sends mail in bulk ("mailer.candidatis.eu",
#: "email.careers.microsoft.com"): a sending service's or the employer's own, told apart by the
#: display name (pipeline.extract); not "jobs." or "careers.", which employers run themselves
SENDING_HOSTS = frozenset(
    "mail mailer mailers mailing notifications notification notify noreply no-reply avisos alerts"
    " bounce bounces em email send sender"
    # the same in other languages, and hosts named for the applicants they write to
    " notifica notificacao notificacoes notificacion notificaciones notifiche notificaties"
    " benachrichtigung benachrichtigungen alertas alertes candidates candidatures candidaturas"
    " candidatos kandidaten applicants".split()
)
#: calendar services that send notices of other people's events from their owner's domain
CALENDAR_SENDERS = frozenset(
    "calendar-notification@google.com calendar-server@google.com".split()
)


#: Hosts of newsletters and blogs. Their senders publish to many readers: an essay on rejection
#: letters or a column on interviews, never an employer's word to the reader about an application.
PUBLICATION_HOSTS = frozenset(
    "substack.com beehiiv.com ghost.io buttondown.email buttondown.com medium.com mailerlite.com"
    " convertkit.com convertkit-mail.com convertkit-mail2.com kit.com".split()
)


#: Code hosts whose notifications relay other people's words about code: "we've decided not to
#: merge this" closes a pull request, not an application. Only their notification addresses
#: (local parts below): their staff write from the same domains, and may be hiring.
CODE_HOSTS = frozenset("github.com gitlab.com bitbucket.org codeberg.org sourcehut.org".split())
_CODE_HOST_SENDERS = frozenset(
    "notifications noreply no-reply gitlab notifications-noreply outgoing".split()
)


#: Local parts of publications' and event organisers' addresses ("newsletter@", "digest@",
#: "events@"): none of the corpus's 815 messages from such an address carries a label.
_PUBLICATION_LOCAL = re.compile(
    r"^(?:newsletters?|news|digest|bulletin|editor|editorial|magazine|community|events?|webinars?)"
    r"(?:[.+_-].*)?$"
)


def is_never_a_hiring_decision(addr: str) -> bool:
    """True when the sender ``addr`` says its mail decides nothing about the reader's
    applications, whatever its words: a newsletter or blog host (a column quoting rejection
    letters), a publication's or event organiser's own address ("newsletter@", "events@"), or a
    code host's notification sender (a pull request "we've decided not to merge")."""
    local, _, domain = addr.lower().strip().partition("@")
    parts = domain.strip(".").split(".")
    return (
        is_under(parts, PUBLICATION_HOSTS)
        or _PUBLICATION_LOCAL.match(local) is not None
        or (local in _CODE_HOST_SENDERS and is_under(parts, CODE_HOSTS))
    )


@lru_cache(maxsize=1024)  # one message asks it of its sender's domain several times (speed)
def is_relay_domain(domain: str) -> bool:
    """True when the sender domain belongs to an ATS, job board, mail relay or free-mail host."""
    domain = domain.lower().strip(".")
    parts = domain.split(".")
    if _is_freemail(parts) or is_under(parts, ATS_DOMAINS):
        return True
    if any(_RELAY_LABEL.search(p) for p in parts[:-1]):
        return True
    return any(word in domain for word in ATS_DOMAIN_WORDS)


def is_generic_name(name: str) -> bool:
    """True when every word of ``name`` is a generic sender word or an ATS name."""
    words = [w.lower() for w in _WORD.findall(name)]
    return not words or all(w in GENERIC_WORDS or w in ATS_NAMES for w in words)
