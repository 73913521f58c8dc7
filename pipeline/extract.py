"""Company, feedback topics and outside-control reasons of one message.

``extract_company`` is rule based: candidates come from the sender's display name, subject patterns,
body phrases ("your application to X", "bei X", "chez X", ...), "the X team" sign-offs and the
sender domain (unless it is an ATS relay or a free-mail host, see ``pipeline.companies``); each
source adds evidence and the best-supported name wins. Generic sender names ("Talent Team") and ATS
names are never returned.

``reason_cues`` and ``topic_cues`` find explicitly stated rejection reasons and criticised feedback
topics with multilingual phrase patterns; the classifier (``pipeline.classify``) unites them with
its own per-reason and per-topic scores.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate

from pipeline.companies import (
    ATS_DOMAIN_WORDS,
    ATS_DOMAINS,
    ATS_NAMES,
    CALENDAR_SENDERS,
    GENERIC_WORDS,
    SENDER_SUFFIXES,
    SENDING_HOSTS,
    is_freemail_domain,
    is_generic_name,
    is_relay_domain,
    is_under,
    owner_label_index,
)
from pipeline.features import (
    SCAN_CHARS,
    MessageContent,
    group_by_first_letter,
    is_forward,
    line_starts,
    lower_matches_ignorecase,
    without_reply_prefixes,
    word_start,
)
from pipeline.htmltext import html_to_text
from pipeline.names import is_given_name
from pipeline.records import OUTSIDE_CONTROL, TOPICS, ParsedMessage

_UP = "A-ZÄÖÜÉÈÊÀÁÂÍÓÚÑÇÅØÆ0-9"
# a dot belongs to a word only inside it ("Acme.io", "St.Gallen"): "Orrin Robotics. Your" must
# stop at "Robotics"; a saint's or mount's abbreviation leads the word after it ("St. Aldric's")
_TOKEN = rf"(?:(?:St|Ste|Mt)\.[ \t]?(?=[{_UP}]))?[{_UP}](?:[\w'’&+-]|\.(?=\w))*"
_JOIN = r"(?:[ \t]+(?:&|\+|and|of|de|du|des|del|la|für|San|St\.)[ \t]+|[ \t]+|-)"
#: a capitalised name of one to five words ("Calder & Finch", "Banque du Rivage")
NAME = rf"(?P<name>{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,4}})"

# phrases after which the employer's name follows, across en/de/fr/es
#: a line that is a name and nothing else
_NAME_LINE = re.compile(rf"^{NAME}$")
_BODY_TRIGGERS = (
    r"(?:applying|applied|application|apply) (?:to|with|at|for (?:a|the) (?:role|position|job) at)",
    r"(?:interest|interested) in (?:joining |working (?:at|for|with) )?",
    r"(?:position|role|opportunity|opening|job|vacancy|career|team|interview|offer|internship)"
    r" (?:at|with)",
    r"(?:join|joining|here at|on behalf of|welcome to|offer from|offer of employment (?:from|with))",
    r"(?:everyone|all of us|we) at",
    r"(?:shortlisted|selected|interviewed|chosen) by|(?:feedback|news|update|hear back) from",
    # an intermediary about its client: "submitted your CV to X", "heard back from X"
    r"(?:submitted|sent|forwarded) your (?:cv|profile|details|résumé|resume) (?:to|over to)",
    r"(?:heard|hearing) back from|news yet from|(?:my|our) client,?",
    # a recruiter's opening line about the client: "Update on Pelican Point.", "Re the X role"
    r"(?:an )?(?:update|news) on|re the",
    r"(?:bewerbung|interesse|interview|gespräch|vorstellungsgespräch|stelle|position|angebot)"
    r" (?:bei|an|für)",
    r"(?:bei|für die)",
    r"(?:candidature|intérêt|entretien|poste|offre|stage)"
    r" (?:chez|à|au sein de|pour|pour rejoindre)",
    r"(?:chez|au sein de|rejoindre)",
    r"(?:candidatura|interés|entrevista|puesto|oferta|posición) (?:en|a|para|con|de)",
    r"(?:unirte a|unirse a|formar parte de)",
)
# the trigger phrase in any case ("Feedback from X"), the name capitalised
# one alternation, so the body is scanned once rather than once per trigger (speed)
_BODY_PATTERNS = [re.compile(rf"\b(?i:{'|'.join(f'(?:{t})' for t in _BODY_TRIGGERS)})\s+{NAME}", re.UNICODE)]
# Where a trigger phrase followed by white space starts, found in the lower-cased text without
# IGNORECASE (several times faster); ``_body_matches`` then runs the full pattern only there.
# Its branches are grouped by first letter (``group_by_first_letter``): at each word start the
# engine then tries one branch per letter rather than every trigger (speed).
# ``word_start`` stands for the "\b": the engine passes most positions after one cheap test.
_BODY_STARTS = re.compile(
    word_start("|".join(_BODY_TRIGGERS)) + "(?=" + group_by_first_letter("|".join(_BODY_TRIGGERS)) + r"\s)"
)


#: an agency's client doing what only an employer does with the candidate's application, the
#: name opening a line or a clause ("Great news - Ravenscar Defence have reviewed your CV", not
#: "the retailer in Leeds have come back")
_CLIENT_DID = re.compile(
    rf"(?:(?m:^)[ \t]*|(?<=[.!?:,\-–—] )){NAME}\s+(?:have|has)\s+(?:now\s+|just\s+|already\s+)?"
    r"(?:reviewed|come back|got back|been in touch|shortlisted|invited|asked to meet|asked to see"
    r"|decided|offered|made (?:you )?an offer|been through|gone through|looked at|had a look at)\b"
)


def _body_matches(text: str) -> list[re.Match[str]]:
    """``_BODY_PATTERNS[0].finditer(text)`` as a list, computed faster: the pattern can only match
    where a trigger starts, so it is tried only at those places, leftmost first, never inside an
    earlier match (the same matches as ``finditer``)."""
    pattern = _BODY_PATTERNS[0]
    low = text.lower()
    if not lower_matches_ignorecase(text, low):
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    end = 0
    for start in _BODY_STARTS.finditer(low):
        pos = start.start()
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            out.append(m)
            end = m.end()
    return out


#: sign-off lines naming the team of an organisation ("The Acme Talent Team", "L'équipe Acme"),
#: each with words one of which it cannot match without (a cheap test first: speed)
_TEAM_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(rf"(?:^|\n)\s*(?:[Tt]he\s+)?{NAME}\s+(?:{_s})\s*$", re.MULTILINE),
        _needs,
    )
    for _s, _needs in (
        (r"(?:Talent Acquisition|Recruiting|Recruitment|Hiring|People|Careers|HR|Talent)?\s*Team", ("Team",)),
        (
            r"Talent Acquisition|Recruiting|Recruitment|Careers|Human Resources|HR",
            ("Talent Acquisition", "Recruit", "Careers", "Human Resources", "HR"),
        ),
    )
] + [
    (
        re.compile(
            rf"(?:^|\n)\s*(?:[Dd]as|[Ii]hr)\s+{NAME}[\s-]+(?:Team|Recruiting-Team|Recruiting)\s*$",
            re.MULTILINE,
        ),
        ("Team", "Recruiting"),
    ),
    (
        re.compile(
            rf"(?:^|\n)\s*[Ll]'[ée]quipe\s+(?:(?:de\s+)?recrutement\s+(?:de\s+|d')?)?{NAME}\s*$",
            re.MULTILINE,
        ),
        ("quipe",),
    ),
    (
        re.compile(
            rf"(?:^|\n)\s*[Ee]l equipo (?:de (?:selección|talento|recursos humanos|RRHH) )?de\s+"
            rf"{NAME}\s*$",
            re.MULTILINE,
        ),
        ("l equipo",),
    ),
]
_SUBJECT_PATTERNS = [
    re.compile(rf"\b(?:at|with|to|from|bei|chez|en|à|für|con|para)\s+{NAME}\s*(?:[-–—|:!.(]|$)"),
    re.compile(rf"^\s*{NAME}\s*(?:[|:–—/]|\s-\s)"),
    re.compile(rf"(?:[|–—/]|\s-\s)\s*{NAME}\s*$"),
    re.compile(rf"\b(?:[Yy]our|[Ii]hre|[Vv]otre|[Tt]u|[Ss]u)\s+{NAME}\s+(?:application|Bewerbung)"),
]
_STOP_CANDIDATES = frozenset(
    """
    we i you our your my us thank thanks hi hey hello dear unfortunately regards best the this that a an
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today tomorrow next week re fw fwd aw wg
    application interview offer update feedback position role job candidate next steps invitation
    senior junior engineer developer manager analyst designer software product data lead staff
    sie wir ihre ihr ihnen vielen dank hallo liebe lieber guten tag nous vous votre merci bonjour
    madame monsieur nosotros usted su gracias hola estimado estimada le la les el los las un una
    accepted declined upcoming reminder erinnerung rappel recordatorio status invitation einladung
    updated new action required urgent important google calendar zoom outlook microsoft teams
    postmaster mailer-daemon delivery undeliverable undelivered returned mail message quick
    assessment documents profile l'équipe l’équipe équipe equipo team we've we’ve we're we’re
    you're you’re you've you’ve i've i’ve i'm i’m it's it’s there's there’s
    cv résumé lebenslauf
    stelle stellen zeit rückfragen fragen unterlagen interesse gespräch termin geduld absage zusage
    zukunft verfügung suche aufgabe aufgaben tätigkeit mitarbeit auswahl bewerbungen kennziffer
    mr mrs ms miss mx dr prof sir madam herr frau mme mlle sr sra srta sig dott pan pani dhr mevr
    """.split()  # the last line: a person's title ("Mr. Rao", "Frau Dr. Weber") is never a company
)
_ROLE_WORDS = frozenset(
    """
    engineer developer manager analyst designer scientist coordinator specialist associate
    consultant director teacher nurse intern internship role position application interview
    counsel officer accountant administrator architect writer marketer researcher paralegal
    pharmacist assistant representative technician lead generalist physiotherapist recruiter
    enfermera enfermero técnico tecnico ingeniero ingeniera desarrollador desarrolladora
    ingenieur entwickler entwicklerin pflegefachkraft développeur développeuse ingénieur
    soporte gespräche gespräch entretien entrevista
    adviser advisor agent baker cashier chef controller driver electrician planner receptionist
    solicitor supervisor surveyor therapist trainee
    programador programadora administrador administradora diseñador diseñadora analista
    programmeur programmeuse programmatore programmatrice progettista
    """.split()
)
#: the ends of job titles written as one compound word ("Softwareentwickler", "Drifttekniker",
#: "Systeemontwikkelaar"): a first or last word ending so is a title, not a name
_ROLE_ENDINGS = (
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "techniker", "technikerin",
    "tekniker", "utvecklare", "ingenjör", "udvikler", "utvikler", "ontwikkelaar", "beheerder",
    "sachbearbeiter", "sachbearbeiterin", "berater", "beraterin",
)


def _is_role_word(word: str) -> bool:
    """True for a word that names a job ("engineer", "Programador", "Drifttekniker")."""
    low = word.lower()
    return low in _ROLE_WORDS or (len(low) > 9 and low.endswith(_ROLE_ENDINGS))

#: Job titles in other languages start with the role ("Sviluppatore Java", "Teamleitung
#: Kundenservice"): such a first word marks a title, not an organisation.
_ROLE_HEADS = frozenset("sviluppatore sviluppatrice teamleitung teamleiter teamleiterin".split())
_AGENCY_NAME = re.compile(
    r"\b(?:(?:recruit\w*|talent|hire|hiring|staffing|search) (?:partners|group|agency|solutions)"
    r"|recruiters|recruitment (?:agency|consultants)|executive search|search$|headhunt\w*"
    r"|personalberatung|agency$|placements?$|bemanning\w*|consultora .+ talento$)\b",
    re.IGNORECASE,
)
_REQ_ID = re.compile(
    r"^[A-Z]{0,4}[-_ ]?\d[\d-]*$|^(?:JR|REQ|R)[-_]?\d+"
    # "Kennziffer 2574", "Réf. 88-B", "Rif 12": a reference number, not a name
    r"|^(?:Kennziffer|Referenz|Ref|Réf|Référence|Rif|Riferimento|Referencia|Referência|Nr|No|Job ID|ID)"
    r"\.?\s*[:#]?\s*[\w/-]*\d[\w/-]*$"
    # "117-IBG", "VX-2291" (what is left of "Kennziffer 2025/117-IBG"): digits and letters joined
    r"|^\d{2,}[-/][A-Z]{2,}\d*$|^[A-Z]{2,}[-/]\d{2,}[A-Z]*$",
    re.IGNORECASE,
)
#: German abstract nouns, capitalised like names ("für die Einstellung", "bei der Besetzung"):
#: one such word alone is no organisation's name
_GERMAN_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{5,}(?:ung|heit|keit|schaft)$")


# Legal forms people leave out when they name an employer ("Baxter & Moss LLP", "Brightwater
# Logistics B.V.", "Müller & Voss GmbH"); "Co" is often said as part of the name and stays
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|LLP|PLC|plc|Corp\.?|B\.\s?V\.?|BV|N\.\s?V\.?|NV"
    r"|S\.A\.?|S\.L\.?|S\.A\.S\.?|SAS|SARL|S\.à r\.l\.?|S\.r\.l\.?|Pty\.? Ltd\.?|A/S|ApS|AB|Oy"
    r"|GmbH(?: & Co\.?(?: KG)?)?|AG|KG|KGaA|SE|SA|S\.p\.A\.?|SpA|Pvt\.? Ltd\.?|Private Limited"
    r"|Pte\.? Ltd\.?|Sdn\.? Bhd\.?|K\.K\.?|Co\.,? Ltd\.?|W\.L\.L\.?|WLL|FZE|FZ-LLC|FZCO"
    r"|S\.A\.? de C\.V\.?|SA de CV|S\.R\.L\.?|SRL|Srl|S\.L\.U\.?|SLU|S\.A\.U\.?|SAU|Ges\.?m\.?b\.?H\.?"
    r"|gGmbH|e\.\s?V\.?|eG|Lda\.?|Ltda\.?|S/A|Sp\. z o\.o\.?|sp\. z o\.o\.?|ASA|AS|vzw|VZW|asbl|ASBL"
    r"|s\.r\.o\.?|Kft\.?|S\.C\.?|Plc|SELARL|S\.A\.C\.?|SAC"
    r"|A\.Ş\.?|AŞ|a\.\s?s\.|Zrt\.?|Nyrt\.?|Oyj|d\.o\.o\.?|Tbk\.?)$"
)
# The first word of a two-word legal form left when a name is cut at its dot ("Kaveri Bay
# Logistics Pvt. Ltd." read up to "Pvt", "Odra Systems Sp. z o.o." up to "Sp"): never part of a
# name. A lone "S" ("S.A. de C.V.") only after two words: "Jiho S." is a person.
_LEGAL_HALF = re.compile(r"\s+(?:Pvt|Pte|Pty|Sdn|Sp|S)\.?$")


def _drop_legal_half(name: str) -> str:
    cut = _LEGAL_HALF.search(name)
    if not cut or (cut.group().strip(" .") == "S" and len(name[: cut.start()].split()) < 2):
        return name
    return name[: cut.start()]

# Platforms (job boards, ATS portals, assessment and scheduling vendors) send in their own name
# about an employer they name explicitly: "Company: X", "on behalf of X", "X has invited you",
# "submitted to X". Such a phrase beats the sender's own name and domain.
_EMPLOYER_FIELD = re.compile(
    rf"(?m)^[ \t]*(?:Company|Employer|Hiring company|Arbeitgeber|Unternehmen|Entreprise|Employeur"
    rf"|Empresa)[ \t]*:[ \t]*{NAME}[ \t]*$"
)
_EMPLOYER_BEFORE = re.compile(
    rf"\b(?i:on behalf of|im auftrag von|au nom de|de la part de|en nombre de|submitted to"
    rf"|employers? (?:like|such as)|the client is|(?:our|my) client|unser(?:em)? kunden?"
    rf"|notre client|nuestro cliente)[ \t]+{NAME}"
)
# in a platform's subject line: "Your application was sent to X", "Your offer from X",
# "Applied: Analyst at X", "Nachricht von X", "X viewed your application"
_SUBJECT_EMPLOYER = re.compile(
    rf"\b(?i:application (?:to|was sent to|was viewed by)|sent to|offer from|documents? from"
    rf"|message from|nachricht von|mensaje de|message de|update (?:from|von|de)|still waiting on"
    rf"|next steps with|news from|neuigkeiten von|noticias de"
    rf"|(?:verification|screening|background check|reference check|references) for)\s+{NAME}"
    rf"|\b(?:at|bei|chez)\s+{NAME.replace('(?P<name>', '(?P<name2>')}\s*(?i:and more)?\s*$"
    rf"|^\s*{NAME.replace('(?P<name>', '(?P<name3>')}\s+(?i:viewed|has viewed|sent you|hat"
    rf"|(?:has\s+)?(?:received|reviewed|shortlisted|invited|moved|initiated|requested)|is reviewing"
    rf"|wants|would like)\b"
)
# in a platform's own mail: "Petrel Logistics has received your application", a job card
# ("Project Coordinator" / "Ivywell Mutual" / "Salt Lake City, UT") and an employer's sign-off
# under the platform's name ("Keystone Cold Chain Careers")
_PLATFORM_BODY = re.compile(
    rf"(?:^|[.!?]\s+|\n)\s*{NAME}\s+(?i:has\s+(?:received|reviewed|viewed|shortlisted)\s+your"
    rf"|received your|is reviewing your|would like to (?:invite|interview|meet)"
    rf"|wants to (?:invite|interview))"
)
_PLATFORM_SIGNOFF = re.compile(
    rf"(?m)^[ \t]*{NAME}[ \t]+(?:Careers|Recruiting|Recruitment|Hiring Team|Talent Team|Talent Acquisition"
    rf"|HR|People Team|Karriere|Recrutement|RRHH)[ \t]*$"
)
_EMPLOYER_AFTER = re.compile(
    rf"{NAME}\s+(?i:has invited you|invited you|would like you to|asks you to|hat sie eingeladen"
    rf"|vous invite|le invita|te invita"
    # a screening or reference-check vendor's client: "Kirana Kart has initiated a background
    # verification", "Clinivise has asked RefCheck to collect references"
    rf"|has (?:initiated|requested|ordered|asked \w+(?: \w+)? to (?:collect|carry out|run|complete))"
    rf" (?:a |an |your )?(?:background|pre-employment|employment|reference|screening|verification|check))"
)


_SENDER_SUFFIX = re.compile(
    r"\s+(?:" + "|".join(re.escape(x) for x in sorted(SENDER_SUFFIXES, key=len, reverse=True)) + r")$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # the same display names and phrases recur across a mailbox (speed)
def _clean_candidate(raw: str) -> str | None:
    """``raw`` (a display name, a phrase's capture) as an employer candidate: legal forms, team
    suffixes and generic leading words removed; None when what is left is no organisation's name
    (an agency, a person's first name, a job title, a date, a generic word)."""
    if _AGENCY_NAME.search(raw):
        return None  # "Cairn Recruitment", "Signal Hire Partners": an agency, never the employer
    name = raw.strip(" \t.,;:!?\"'()[]-–—|/")
    name = _drop_legal_half(_LEGAL_SUFFIX.sub("", name).strip())
    name = _POSSESSIVE.sub("", name)
    name = _ARTICLE.sub("", name)
    while True:  # "Acme Global Talent Acquisition Team" -> "Acme"
        cut = _SENDER_SUFFIX.search(name)
        if not cut or cut.start() == 0:
            break
        name = name[: cut.start()].rstrip(" -|,")
    words = name.split()
    # "Ressources Humaines Clinique des Tilleuls", "Careers Acme": generic words before the name,
    # but "University of Kingsreach", "Department for Rural Affairs" keep their head
    while (
        len(words) > 1
        # "00 Acme" of "10:00 Acme"; "RR.HH. Acme"
        and (words[0].lower().replace(".", "") in GENERIC_WORDS or words[0].isdigit())
        and not (len(words) > 2 and _ORG_HEAD.fullmatch(words[0]) and words[1].lower() in _ORG_LINK)
    ):
        words = words[1:]
    name = " ".join(words)
    if not name or len(name) > 60 or _REQ_ID.match(name):
        return None
    if (
        _is_role_word(words[-1])
        or words[0].lower() in _ROLE_HEADS
        # "Drifttekniker IT", "Programador de Herramientas": a title first, then its field
        or (
            len(words) > 1
            and _is_role_word(words[0])
            and (words[0].lower() not in _ROLE_WORDS or words[1].lower() in _ORG_LINK)
        )
        or _AGENCY_NAME.search(name)
    ):
        return None  # "Legal Counsel" is a job title; "Keel & Compass Search" an agency
    if name.endswith((" &", " and", " +")):  # a name cut before its last word ("Lattice &")
        return None
    words = name.split()
    if words[0].lower().strip(".,'") in _STOP_CANDIDATES:
        return None
    if len(words) == 1 and (is_given_name(name) or _GERMAN_NOUN.match(name)):
        return None  # "feedback from Karen": a person; "für die Einstellung": a noun
    if all(w.lower().strip(".,'") in _STOP_CANDIDATES for w in words):
        return None
    if is_generic_name(name) or name.lower() in ATS_NAMES:
        return None
    if _NO_LETTERS.fullmatch(name) or _WHEN.search(name):
        return None
    return name


_POSSESSIVE = re.compile(r"['’]s$")
_ARTICLE = re.compile(r"^(?:[Tt]he|[Dd]as|[Ll]a|[Ll]e|[Ee]l)\s+")
_NO_LETTERS = re.compile(r"[\d\W_]+")


#: a day and time, not a name: "Tues 10am", "Wed 19 Mar" (subjects end with them as with names)
_WHEN = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+\d|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b",
    re.IGNORECASE,
)


#: prepositions inside an organisation's name after its head word ("University of X")
_ORG_LINK = frozenset("of for de du des del della di für van voor".split())
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=8192)  # the same sender and candidate names recur across a mailbox (speed)
def _compact(text: str) -> str:
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower().replace("&", "and"))
    folded = unicodedata.normalize("NFKD", text.lower().replace("&", "and"))
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in folded if not unicodedata.combining(ch)))


#: letters that domains write as two ("ø" -> "oe"), where ``_compact`` keeps only the base letter
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "æ": "ae", "å": "aa",
                           "œ": "oe"})


def _compact_ascii(text: str) -> str:
    """Like ``_compact`` but non-ASCII letters dropped, as in many real domains ("grnspan")."""
    return _NOT_ALNUM.sub("", text.lower().replace("&", "and"))


@lru_cache(maxsize=8192)  # each candidate is compared with several labels (speed)
def _label_forms(key_name: str) -> frozenset[str]:
    """The compact forms under which a domain label may write ``key_name``."""
    forms = {_compact(key_name), _compact_ascii(key_name)}
    if not key_name.isascii():  # "Bølgen Medier" at boelgenmedier.dk, "Müller" at mueller.de
        forms.add(_compact(key_name.lower().translate(_TRANSLIT)))
    return frozenset(forms)


def _matches_label(key_name: str, label: str) -> bool:
    """True when a candidate name and a domain label name the same organisation."""
    if len(label) < 3:
        return False
    for form in _label_forms(key_name):
        if not form:
            continue
        if form == label or (len(label) >= 5 and (form.startswith(label) or label.startswith(form))):
            return True
    return False


_DOMAIN_STOP = frozenset(
    "mail email e-mail jobs job careers career hr recruiting notifications notify news info".split()
)
_LOCAL_GENERIC = frozenset(
    """
    noreply no reply donotreply do not careers career jobs job recruiting recruitment talent hr
    notifications notification mail mailer info team hello apply hiring people candidates
    candidate support admin alerts alert bounce bounces system workday postmaster daemon
    mailer-daemon application applications ats the our portal survey surveys feedback alertas avisos
    karriere carriere carrieres empleo empleos bewerbung
    ne pas repondre nepasrepondre responder noresponder nao naoresponda
    """.split()
)


@lru_cache(maxsize=1024)  # asked of one message's addresses several times, and senders recur (speed)
def _domain_label(addr: str, relays: bool = False) -> str | None:
    """The employer-looking label of an address's domain ('northwindhealth' of careers@...);
    None for ATS relays and free mail unless ``relays``."""
    if "@" not in addr:
        return None
    domain = addr.rsplit("@", 1)[1].lower().strip(".> ")
    if not domain or (not relays and is_relay_domain(domain)):
        return None
    parts = [p for p in domain.split(".") if p]
    if len(parts) < 2:
        return None
    core = parts[owner_label_index(parts)]
    # a corporate portal domain: "kelpiesoftware-talent.com", "acme-careers.com"
    core = re.sub(r"-(?:talent|careers?|jobs|people|hr|recruiting|hiring)$", "", core)
    if core in _DOMAIN_STOP:
        return None
    return core.replace("-", "")


def _relayed(addr: str, local: str, domain: str, display: str) -> bool:
    """True when the sender's address belongs to a service sending for others (its domain's
    owner is not the employer): an ATS, job board, relay or free-mail domain
    (``is_relay_domain``); a bulk-sending host the display name does not spell ("Maison
    Delorme" <candidates@mailer.candidatis.eu>, but "Microsoft Careers"
    <donotreply@email.careers.microsoft.com> is the employer's own; without a display name there
    is nothing to tell, and the host is taken as its owner's); a local part with a numeric
    plus-tag, which relays use to route replies to their many senders
    ("installatiebedrijf+3044@candidates.hirebox.net"); a calendar service's notice of someone
    else's event ("Google Calendar" <calendar-notification@google.com>)."""
    if is_relay_domain(domain) or addr in CALENDAR_SENDERS or _PLUS_TAG.search(local):
        return True
    parts = domain.split(".")
    if len(parts) < 3 or parts[0] not in SENDING_HOSTS or not display.strip():
        return False
    label = _domain_label("x@" + domain)
    return bool(label) and label not in _compact(display)


_PLUS_TAG = re.compile(r"\+\d+$")


def _raw_domain_label(addr: str) -> str:
    """The domain label with hyphens kept (``northwind-health``) for the last-resort name."""
    domain = addr.rsplit("@", 1)[1].lower() if "@" in addr else ""
    parts = [p for p in domain.split(".") if p]
    return parts[owner_label_index(parts)] if len(parts) >= 2 else ""


def _local_parts(addr: str) -> list[str]:
    """The lower-case pieces of an address's local part ("marcus.patel+jobs" -> marcus, patel, jobs)."""
    return [c for c in _LOCAL_SEPARATOR.split(addr.split("@", 1)[0].lower()) if c]


_LOCAL_SEPARATOR = re.compile(r"[._+-]")


def _local_label(addr: str) -> str | None:
    """For ATS relays: the employer in the local part ('marrowandpike-careers@relay')."""
    # "constructoraandina+2925@": the number is the relay's routing tag, not a name
    chunks = [c for c in _local_parts(addr) if c not in _LOCAL_GENERIC and not c.isdigit()]
    if len(chunks) != 1 or len(chunks[0]) < 3:
        return None  # "zoe.brennan" is a person, not an employer
    return chunks[0]


_LETTER_VARIANTS: dict[str, str] = {}
for _ch in "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž":
    _base = unicodedata.normalize("NFKD", _ch)[0]
    _LETTER_VARIANTS[_base] = _LETTER_VARIANTS.get(_base, "") + _ch


#: accented lower-case letters to their base letter, one character for one (positions stay)
_FOLD = str.maketrans({v: base for base, vs in _LETTER_VARIANTS.items() for v in vs})
#: the letters ``_FOLD`` maps, to fold a text by its matches (``_lowered``)
_FOLDED_LETTER = re.compile("[" + "".join(sorted(chr(c) for c in _FOLD)) + "]")


def _fold_match(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]

# Finding a label ("alderstreet", from a domain) written as words ("Alder Street", "alder-street",
# "Smith & Jones"): the label is looked up with ``str.find`` in a joined view of the text, the text
# with its spaces and joining punctuation left out, and each hit is mapped back to the text. (A
# regex per label did the same, but compiling one cost about 2 ms for each new sender domain, more
# than all the rest of a message's classification: the corpus has a new domain in nearly every
# message, a real mailbox one in every few dozen.)
#: the gaps between a text's pieces (spaces and joining marks), captured, to split on
_SPLIT = re.compile(r"([\s&'’.\-+]+)")
#: the same, with non-ASCII characters as gaps too: for labels that lost a letter ("grnspan")
_ASCII_SPLIT = re.compile(r"([\s&'’.\-+\x80-\U0010ffff]+)")
#: before a name: not inside a word, a URL or an address ("https://ats-post.com/x", "jobs@acme.com")
_NOT_BEFORE = re.compile(r"[\w@./]")
#: after a name: the rest of its word, unless the word is a domain name ("acme-careers.com")
_NAME_END = re.compile(r"\w*(?![\w-]*\.[a-z]{2,}\b)")


@lru_cache(maxsize=16)
def _joined(text: str, ascii_only: bool) -> tuple[str, list[int], list[int]]:
    """(``text`` without spaces and joining punctuation, where each of its pieces starts in that
    joined string, and where in ``text``): the offsets map a hit back. With ``ascii_only``
    non-ASCII characters count as gaps too."""
    # split with a capturing group alternates piece, gap, piece, ..., piece (the first and the last
    # piece empty when the text starts or ends with a gap): one pass gives the joined text, and
    # the offsets are running sums of the parts' lengths, summed in C (speed)
    parts = (_ASCII_SPLIT if ascii_only else _SPLIT).split(text)
    sizes = list(map(len, parts))
    pieces = sizes[::2]
    in_text = list(accumulate(sizes, initial=0))[:-1:2]
    in_joined = list(accumulate(pieces, initial=0))[:-1]
    if pieces[-1] == 0 and len(pieces) > 1:
        del in_text[-1], in_joined[-1]
    if pieces[0] == 0:
        del in_text[0], in_joined[0]
    return "".join(parts[::2]), in_joined, in_text


def _find_label(label: str, text: str, ascii_only: bool = False) -> list[tuple[int, int]]:
    """Non-overlapping spans in ``text`` (lower case) where ``label``'s letters stand in order,
    at most one space or joining mark between two of them, or a spaced ampersand (" & ", " + "),
    with the rest of the last word; an interior "and" of the label may be written "&" or "+"."""
    variants = [label]
    at = label.find("and", 1)
    while 0 < at and at + 3 < len(label):
        variants.append(label[:at] + label[at + 3 :])  # "smithandjones" as "Smith & Jones"
        at = label.find("and", at + 1)
    joined, in_joined, in_text = _joined(text, ascii_only)
    spans: list[tuple[int, int]] = []
    for variant in variants:
        k = joined.find(variant)
        while k >= 0:
            span = _span_at(text, in_joined, in_text, k, k + len(variant))
            if span:
                spans.append(span)
            k = joined.find(variant, k + 1)
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _span_at(
    text: str, in_joined: list[int], in_text: list[int], k: int, end: int
) -> tuple[int, int] | None:
    """The text span of the joined string's characters ``k .. end-1``, if they spell a name there."""
    first = bisect_right(in_joined, k) - 1
    last = bisect_right(in_joined, end - 1) - 1
    begin = in_text[first] + k - in_joined[first]
    if begin and _NOT_BEFORE.match(text, begin - 1):
        return None
    for piece in range(first, last):
        stop = in_text[piece] + in_joined[piece + 1] - in_joined[piece]  # where the piece ends
        gap = text[stop : in_text[piece + 1]]
        if len(gap) > 1 and not (len(gap) <= 3 and ("&" in gap or "+" in gap)):
            return None  # "north.\n\nWind" is two sentences, "Smith & Jones" one name
    tail = _NAME_END.match(text, in_text[last] + end - in_joined[last])
    return (begin, tail.end()) if tail else None


# One message's texts are searched for several labels in a row: lower-case and fold them once
# (speed). Small caches: only the texts of the message at hand recur.
@lru_cache(maxsize=8)
def _lowered(text: str) -> tuple[str, str]:
    """(lower case, lower case with accents folded) of ``text``."""
    low = text.lower()
    # _FOLD maps non-ASCII letters only: ASCII text is its own folding. Other text has few of
    # them, and replacing each match costs less than str.translate's lookup of every character
    if low.isascii():
        return low, low
    return low, _FOLDED_LETTER.sub(_fold_match, low)


@lru_cache(maxsize=8)
def _squeezed(text: str) -> str:
    """``text`` in lower case without spaces and the joining marks of ``_SEPARATOR_RUN``."""
    if text.isascii():
        # bytes.translate deletes the marks in one C pass, ~30x faster than the regex (speed)
        return text.lower().encode("ascii").translate(None, _SEPARATOR_BYTES).decode("ascii")
    return _SEPARATOR_RUN.sub("", text.lower())


def _label_matches(label: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``label`` in ``text``: in the accent-folded text, else (in text with non-ASCII
    letters) where the label lost such a letter, or wrote an umlaut as "ue" (see ``_find_label``)."""
    low, folded = _lowered(text)
    if len(low) != len(text):  # a rare letter whose lower case is longer: no reliable spans
        return []
    spans = _find_label(label, folded)
    if not spans and not text.isascii():
        spans = _find_label(label, low, ascii_only=True)
        if not spans and re.search(r"[aou]e", label):
            # German domains transliterate umlauts: "mueller-voss" is "Müller & Voss"
            spans = _find_label(re.sub(r"([aou])e", r"\1", label), folded)
    return spans


#: (one regex substitution: faster than str.translate with a table of deletions)
_SEPARATOR_RUN = re.compile(r"[ \t\r\n&'.+-]+")
_SEPARATOR_BYTES = b" \t\r\n&'.+-"
_CONTINUE = re.compile(rf"^(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?)({_TOKEN})")


#: head words of public bodies and foundations that open their names ("Stadt Wiesenau", "Gemeente
#: Westervaart", "Landratsamt Ebersfeld"): kept before a place name, and never a person's
_PUBLIC_BODY_HEADS = (
    "Stadt|Gemeinde|Marktgemeinde|Gemeente|Kommune|Landratsamt|Landkreis|Bezirksamt|Regione"
    "|Provincia|Stichting|Fundacja|Fondazione|Fundação"
)
#: words that open an organisation's name before its distinctive part ("Grupo Altamira")
_LEADING_ORG = re.compile(
    r"(?:\b(?:Groupe|Grupo|Gruppo|Banco|Banque|Banca|Bank|Clínica|Clinica|Clinique|Klinikum|Seguros"
    r"|Mutuelle|Stadtwerke|Caja|Caisse|Fundación|Fondation|Stiftung|Instituto|Institut|Hôpital"
    r"|Hospital|Société|Compañía|Universidad|Université|Universität|Hochschule|Laboratoires"
    r"|Editions|Éditions|Maison|" + _PUBLIC_BODY_HEADS + ")"
    # (not "Department of": "the HR Department of Yushan Micro" is a part of the employer)
    r"|\b(?:University|City|Bank|Institute|College|Council|Port|Museum|Borough|County|Office"
    r"|Ministry) of"
    r"|\b(?:Ayuntamiento|Municipio|Diputación|Concello|Universidad|Ministerio|Ville|Mairie|Commune"
    r"|Université|Ministère|Prefeitura|Universidade) de"
    r"|\b(?:Comune|Università|Provincia) di)[ \t]+$"
)


# one message asks for the same label in the same text twice (its sender's domain as an agency
# check, then as the employer's label): the second answer is the first (speed)
@lru_cache(maxsize=16)
def _spelled(label: str, text: str) -> str | None:
    """The most frequent spelling of ``label`` in ``text``, with org words that follow it
    ("alderstreet" -> "Alder Street Bank" when the text says so)."""
    if not label or len(label) < 3:
        return None
    if text.isascii():
        # cheap test first (the label regex is slow): its first letters must occur in the text
        # once spaces and punctuation are gone
        cut = label.find("and", 1)
        probe = label[: min(4, cut) if cut > 0 else 4]
        if probe not in _squeezed(text):
            return None
    found: dict[str, int] = defaultdict(int)
    for begin, end in _label_matches(label, text):
        base = text[begin:end]
        # the name may go on: "Granite Peak" + " Outdoors", "Nettle" + " & Co"
        rest = text[end : end + 60]
        extended = base
        for _ in range(2):
            c = _CONTINUE.match(rest)
            if not c:
                break
            word = c.group(1).rstrip(".")
            if word.lower() in _STOP_CANDIDATES or word.lower() in GENERIC_WORDS:
                break
            extended += rest[: c.start(1)] + word
            rest = rest[c.start(1) + len(word) :]
        lead = _LEADING_ORG.search(text, max(0, begin - 40), begin)
        if lead and base[:1].isupper():
            # "armorique" -> "Mutuelle Armorique", "eastmoor" -> "University of Eastmoor"
            extended = lead.group(0) + extended
            base = lead.group(0) + base
        found[base] += 1
        if extended != base:
            found[extended] += 1
    if not found:
        return None
    # prefer capitalised spellings, then the longer form when it is about as frequent
    best = max(found, key=lambda s: (found[s], s[:1].isupper(), len(s)))
    longer = [s for s in found if s.startswith(best) and len(s) > len(best)]
    if longer:
        cand = max(longer, key=lambda s: (found[s], len(s)))
        if found[cand] * 2 >= found[best] and not _cut_is_role(cand[len(best) :]):
            best = cand
    return best


def _is_org_head(words: str) -> bool:
    """True when ``words`` ("Gemeinde ", "University of ") are all a name's leading head words."""
    return _LEADING_ORG.fullmatch(words) is not None


def _cut_is_role(tail: str) -> bool:
    return any(w.lower() in _ROLE_WORDS for w in tail.split())


#: words of legal forms ("Pvt", "K.K", "Sdn", "Co"), which never make a name longer. Not
#: ``_LEGAL_SUFFIX``: that one cuts a whole legal form off a name's end and leaves "Co" ("Nettle &
#: Co"), where a name written out in full must stop at any fragment of one ("Drumlin Co., Ltd.");
#: using it here changed 5 corpus companies: 2 right, 3 wrong ("Trivikram Infotech Pvt").
_LEGAL_WORDS = frozenset(
    "inc llc ltd limited llp plc corp co b.v bv n.v nv s.a sa s.l sl sas sarl s.r.l srl pty a/s aps ab oy"
    " gmbh ag kg kgaa se s.p.a spa pvt private pte sdn bhd k.k kk w.l.l wll fze fzco fz-llc".split()
)
# an employer's own careers sender ("Juniper Vale Careers"); "Talent" also ends platform names
_CAREERS_SUFFIX = re.compile(
    r"\s(?:careers|jobs|recruiting|recruitment|hiring team|karriere|carrières)$", re.IGNORECASE
)
_SURNAME_FIRST = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+,\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-Z]\.?)?")


#: "Acme via Greenhouse", "Sable Aerospace (via Candidly)": the word before a sending service
_VIA = r"(?:via|through|über|par|vía|tramite|przez|através de|genom|gennem|gjennom)"
#: social networks through which people message: "Rosa Haddad via LinkedIn" is a person
_SOCIAL = re.compile(r"linkedin|xing|wellfound|indeed", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a mailbox's senders write again and again (speed)
def _display_candidates(name: str, label: str | None = None) -> tuple[tuple[tuple[str, float], ...], bool]:
    """``_display_parts`` with its candidates as a tuple (the result is cached, so immutable)."""
    parts, explicit = _display_parts(name, label)
    return tuple(parts), explicit


def _display_parts(name: str, label: str | None = None) -> tuple[list[tuple[str, float]], bool]:
    """(employer candidates of a display name with weights, explicit) -- explicit when the name
    says who the employer is ("Priya at Northwind", "Acme via Greenhouse", "X on behalf of Y").
    ``label``: the sender domain's label, which tells "Lucía de Almadraba" <lucia@almadraba...>
    (a person at an organisation) from "Femke de Graaf" (a surname)."""
    name = " ".join(name.replace('"', " ").split())
    if not name:
        return [], False
    if "@" in name:  # "careers@marrowandpike": the part after @ may be the employer
        tail = name.rsplit("@", 1)[1]
        return ([(tail, 1.0)] if tail and "." not in tail else []), False
    via = re.split(rf"\s+{_VIA}\s+", name, maxsplit=1, flags=re.IGNORECASE)
    name = via[0]
    if len(via) == 2 and _person_shaped(name) and _CAREERS_SUFFIX.search(via[1]):
        # "Ayumi Mensah via Juniper Vale Careers": a person sending through their employer's
        # careers system; the employer is the name after "via"
        return [(via[1], 3.0)], True
    paren_via = re.match(rf"^(.+?)\s*\({_VIA}\s+[^()]+\)\s*$", name, flags=re.IGNORECASE)
    behalf = re.split(
        r"\s+(?:on behalf of|for|im auftrag von|pour|para|namens|per conto di|a nome di|per|w imieniu"
        r"|em nome de|en nombre de|på vegne av|på vegne af|på uppdrag av|för)\s+",
        name,
        maxsplit=1,
        flags=re.I,
    )
    if len(behalf) == 2 and not (
        _ORG_HEAD.search(behalf[0]) and not re.search(r"on behalf|auftrag", name, re.IGNORECASE)
    ):  # "SmartRecruit on behalf of Northwind", not "Commission for Energy Efficiency"
        return [(behalf[1], 3.0)], True
    if paren_via:  # "Sable Aerospace (via Candidly)": the employer via its ATS
        return [(paren_via.group(1), 3.0)], True
    paren = re.search(r"\(([^()]+)\)", name)
    if paren:  # "Jess Underwood (Vesper)"
        return [(paren.group(1), 3.0)], True
    # "Seguros Ceibal S.A. de C.V.": the legal form goes first, its "de" is not "<person> de <org>"
    bare = _LEGAL_SUFFIX.sub("", name)
    at = re.search(r"\s+(at|@|from|bei|chez|de la|de|en|von)\s+", bare)
    if at and not _ORG_HEAD.search(bare[: at.start()]):
        # "<person> at <company>": the second part is the employer ("Câmara Municipal de Vila
        # Seca" is one name); after a surname's particle only when an organisation follows or
        # the domain names it ("Lucía de Almadraba"), not "Femke de Graaf", "Inés de la Fuente"
        rest = bare[at.end() :]
        named = _org_after_particle(rest) or bool(label and _matches_label(rest, label))
        if at.group(1) not in _PARTICLES or named:
            return [(rest, 3.0)], True
    careers = re.match(
        r"^(?:careers|jobs|karriere|carrières|empleo|recruiting|hiring)\s+(?:at|@|bei|chez|en)\s+"
        r"(.+)$",
        name,
        flags=re.I,
    )
    if careers:
        return [(careers.group(1), 3.0)], True
    if _SURNAME_FIRST.fullmatch(name) and not _has_org_word(name) and not _LEGAL_SUFFIX.search(name):
        return [], False  # "Doyle, Dev": a person, surname first (Outlook directories)
    pieces = [p for p in re.split(r"\s*[|–—]\s*|\s+-\s+|,\s*", name) if p]
    vendor = len(via) == 2 and any(w.lower() in ATS_NAMES for w in via[1].split())
    if len(via) == 2 and (_SOCIAL.match(via[1]) or vendor) and _person_shaped(name):
        # "Rosa Haddad via LinkedIn", "Ines Moreau via Docusign": a person messaging through a
        # social network or a vendor's service, not an employer
        return [], False
    explicit = len(via) == 2  # "Acme via Greenhouse": the name before "via" is the employer
    return [(piece, 2.5) for piece in pieces[:3]], explicit


#: connectors of "<person> at <organisation>" that are also surname particles
_PARTICLES = frozenset(("de la", "de", "en", "von"))


def _org_after_particle(rest: str) -> bool:
    """True when what follows "de"/"von" in a display name is an organisation ("Laura de Seguros
    Ceibal"), not the rest of a surname ("de Graaf", "von der Heide")."""
    words = rest.split()
    return bool(words) and words[0][:1].isupper() and (len(words) >= 2 or _has_org_word(rest))


#: words that head an organisation's name and take a preposition inside it ("Department for
#: Rural Affairs", "Câmara Municipal de Vila Seca", "Institute for Ocean Science")
_ORG_HEAD = re.compile(
    r"\b(?:department|dept|commission|ministry|office|institute|institut|instituto|istituto|centre"
    r"|center|centro|council|foundation|fundación|fondation|fondazione|stiftung|society|agency|agence"
    r"|agencia|authority|board|committee|trust|fund|alliance|association|asociación|academy"
    r"|school|college|university|universidad|université|università|universität|museum|museo|musée"
    r"|câmara|camara|cámara|municipal|provincial|diputación|ayuntamiento|comune|gemeente|chamber"
    r"|banco|banque|bank|clinic|clínica|hospital|hôpital|laboratory|laboratorio|servicio|servicios"
    r"|departamento|secretaría|tribunal|court|county|city|state|ministerio|ministère|ministero"
    r"|consejo|conseil|federation|federación|fédération|union|unión|instituut|hogeschool|escola"
    r"|escuela|école|colegio|liceo|prefeitura|junta|generalitat|région|region|landkreis|stadt"
    r"|ville|commune|municipalité|municipalidad|municipio|città|kommune|kommun|gmina|miasto)\b",
    re.IGNORECASE,
)


_ORG_WORD = re.compile(
    r"\b(?:labs?|health|bank|group|systems|software|capital|partners|inc|ltd|llc|gmbh|ag|sa|sas|sl"
    r"|co|corp|company|studios?|works|foods|energy|insurance|clinic|clinics|hospital|school"
    r"|schools|university|college|media|digital|analytics|logistics|consulting|solutions"
    r"|technologies|tech|ai|games|robotics|bio|retail|legal|finance|travel|apps|data|cloud"
    r"|kliniken|versicherung|logistik|seguros|assurances|banque|grupo|soluciones|trust|council"
    r"|foundation|institute|agency|hotels?|audit|press|ventures|pay|mobility|freight|utilities"
    r"|benefits|properties|living|water|cosmetics|security|commerce|semiconductors|design"
    r"|education|outdoors|aviation|pharma|motors|networks|industries|studio|kitchen|coffee"
    r"|brewing|airlines?|rail|transit|markets?|stores?|ag|se|bv|nv|srl|spa"
    # trades and sectors whose names read like a person's ("Marram Golf Club", "Bluefin
    # Payments", "Jurong Cold Chain")
    r"|payments|club|bakery|bakeries|caf[eé]|restaurants?|farms?|gardens|nurser(?:y|ies)|care"
    r"|cent(?:re|er)s?|pharmacy|salon|shops?|brewery|winery|vineyards?|resorts?|transport"
    r"|construction|engineering|consultancy|architects|builders|interiors|furniture|fitness"
    r"|marine|maritime|mining|chain|manufacturing|electronics|electrical|power|solar|medical"
    r"|dental|veterinary|library|theatre|theater|publishing|telecom|broadband|haulage|removals"
    r"|couriers|automotive|aerospace|defen[cs]e|biotech|biosciences|therapeutics|diagnostics"
    r"|devices|instruments|research|credit|lending|accountants|accounting|solicitors|attorneys"
    r"|realty|estates|homes|housing|cleaning|services|supplies|textiles|printing|packaging"
    r"|bäckerei|panader[ií]a|boulangerie|pâtisserie|pasticceria|bakkerij|transportes|construcciones"
    r"|constructora|ingenier[ií]a|ingénierie|cooperativa|coopérative|genossenschaft"
    # public bodies, universities and associations ("Gemeente Westervaart" is no person)
    r"|" + _PUBLIC_BODY_HEADS + r"|kommun|ayuntamiento|comune|municipio|mairie|ministry|ministerio"
    r"|fundación|universidad|université|università|universität|hochschule|verein|vereniging"
    r"|institut|instituto)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # asked of the same candidate names many times (speed)
def _has_org_word(name: str) -> bool:
    """``_ORG_WORD.search(name)`` as a bool."""
    return _ORG_WORD.search(name) is not None


#: one organisation word closing a name, as the fuller of two spellings adds it ("Group")
_ONE_ORG_WORD = re.compile(
    rf"(?:{_ORG_WORD.pattern}|\w*(?:technik|werke?|gruppe|holding))", re.IGNORECASE
)
#: a display name's words written straight after the name, up to a comma, bar or dash
_WORDS_AFTER_NAME = re.compile(r"\s+[^\W\d_][^,|/()\-–—]*")


def _looks_like_person(name: str, from_addr: str, content: MessageContent) -> bool:
    """A display name that is a person: their name parts form the address, or they sign the mail
    with their first name alone."""
    words = name.split()
    if not 1 <= len(words) <= 3 or _has_org_word(name) or "&" in name:
        return False
    chunks = [_compact(c) for c in _local_parts(from_addr)]
    whole = _compact(name)
    if whole in chunks or (chunks and len(words) == 1 and whole in "".join(chunks)):
        return False  # "jubileetransit@", "noreply.coastlineclinics@" name the organisation
    tokens = [_compact(w) for w in words]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        if any(len(t) >= 3 and t in chunks for t in tokens):
            return True  # priya.marsh@
        joined = "".join(chunks)
        if joined and (
            tokens[0][:1] + tokens[-1] == joined
            or whole == joined
            or joined.startswith(tokens[0])
            or joined == tokens[0] + tokens[-1][:1]
        ):
            return True  # pmarsh@, priyamarsh@, meiw@, priya@
    # "Priya" alone signing a mail sent as "Priya Marsh": a person's first name as a line of its own
    tail = content.signature + "\n" + "\n".join(content.body.splitlines()[-4:])
    if len(words) < 2:
        return False
    signing = re.finditer(rf"(?:^|\n)\s*{re.escape(words[0])}\b[^\n]{{0,30}}(?=\n|$)", tail)
    # "Vindeln Energi AB" under "Med vänliga hälsningar" is the organisation signing, not a person
    return any(not _LEGAL_SUFFIX.search(m.group(0).strip()) for m in signing)


# A recruitment agency writes about its client: its own name is not the employer.
_AGENCY = re.compile(
    r"search|recruit|staffing|staffi|talent|rec$|people|headhunt|personnel|placement"
    r"|resourcing|personalberatung|executive|interim|contracts$|bemanning"
)
# what only an intermediary writes: its client, or that it put the candidate forward
_AGENCY_CUE = re.compile(
    r"\b(?:my|our|the) client\b|\bclients?'s?\b|(?:acting|acts) as an? (?:employment )?agency"
    r"|\brecruitment (?:agency|consultancy)\b|\bmein(?:em)? (?:kunde|mandant)|\bnotre client"
    r"|\bnuestro cliente|\bhiring company\b"
    # "submitted your CV to Stagecoach", not "to the hiring manager" (an in-house recruiter)
    r"|\bsubmitted your (?:cv|profile|résumé|resume) (?:over )?to (?!(?:the|our|my|a|an)\b)",
    re.IGNORECASE,
)


#: the words that end a staffing intermediary's own name ("Cobalt Interim", "Sprocket
#: Resourcing", "Quarry Lane Recruitment Ltd"); they count only when the text names another
#: organisation. Not "Recruiting" or "Talent" alone: employers' own teams sign so ("Acme Recruiting").
_AGENCY_SENDER = re.compile(
    r"\b(?:resourcing|staffing|interim|contracts|personnel"
    r"|recruitment(?: ltd| limited| llc| inc| group| partners| solutions| consultants)?)\b\W*$",
    re.IGNORECASE | re.MULTILINE,
)


#: a display name that ends like a platform's notice service ("HireLane Messages")
_NOTIFIER = re.compile(r"\s(?:notifications?|alerts?|messages|messaging|updates|digest)\s*$", re.IGNORECASE)


# cheap literal pre-tests before the slower patterns (speed: most mail has none of these)
#: words one of which ``_AGENCY_CUE`` needs
_AGENCY_HINT_WORDS = ("client", "agen", "kunde", "mandant", "hiring company", "submitted your")
_AGENCY_HINT = re.compile("|".join(_AGENCY_HINT_WORDS), re.IGNORECASE)
_TEAM_HINT = re.compile(
    r"team|recruit|talent|career|\bhr\b|human|équipe|equipo|people|personal|rh\b|rrhh",
    re.IGNORECASE,
)


# the same words searched in lower-cased text without IGNORECASE, grouped by first letter
# (several times faster)
_TEAM_HINT_LOWER = re.compile(group_by_first_letter(_TEAM_HINT.pattern))


def _found_in_any_case(pattern: re.Pattern[str], lower: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)`` (an IGNORECASE pattern) as a bool, answered by ``lower`` (the same
    pattern in lower case, without the flag) in the lower-cased text when that gives the same
    answer (``lower_matches_ignorecase``; speed)."""
    low = text.lower()
    if not lower_matches_ignorecase(text, low):
        return pattern.search(text) is not None
    return lower.search(low) is not None


def _agency_hint(text: str) -> bool:
    """``_AGENCY_HINT.search(text)``, as substring tests on the (cached) lower-cased text when
    that gives the same answer (``lower_matches_ignorecase``), else the regex."""
    low = _lowered(text)[0]
    if not lower_matches_ignorecase(text, low):
        return _AGENCY_HINT.search(text) is not None
    return any(word in low for word in _AGENCY_HINT_WORDS)


def _known_ats(domain: str) -> bool:
    return is_under(domain.split("."), ATS_DOMAINS) or any(
        w in domain for w in ATS_DOMAIN_WORDS if w != "recruit"
    )


def _first_to(parsed: ParsedMessage) -> str:
    return parsed.to_addrs[0] if parsed.to_addrs else ""


_WORD_REST = re.compile(r"\S{0,40}")


def _window(text: str, size: int) -> str:
    """The first ``size`` characters of ``text`` and the rest of the word there: a name cut
    mid-word ("Oak Hollow Building Soci") is no name."""
    if len(text) <= size:
        return text
    return text[:size] + _WORD_REST.match(text, size).group(0)


def _full_text(parsed: ParsedMessage) -> str:
    """The whole body including quoted history (where a reply names the employer)."""
    plain = parsed.text_plain
    if len(plain.strip()) < 60 and parsed.text_html:
        return html_to_text(parsed.text_html)
    return plain


_FWD_FROM = re.compile(
    r"(?im)^\s*\*?(?:from|von|de)\s*:\*?\s*\"?([^<\n\"]*?)\"?\s*[<\[](?:mailto:)?([^>\]\s]+@[^>\]\s]+)[>\]]"
)


def _forwarded_sender(parsed: ParsedMessage) -> tuple[str, str] | None:
    """(display name, address) of the original sender of a message the user forwarded."""
    if not is_forward(parsed.subject or ""):
        return None
    m = _FWD_FROM.search(_full_text(parsed)[:8000])
    if not m:
        return None
    return m.group(1).strip(), m.group(2).strip().lower()


def extract_company(parsed: ParsedMessage, content: MessageContent) -> str | None:
    """The employer the message is about, as a person would name it, or None.

    A message the user forwarded is about its original sender's employer: the forwarded header's
    From: takes the place of the forwarder's address.
    """
    original = _forwarded_sender(parsed)
    forwarded = original is not None and original[1] != (parsed.from_addr or "").lower()
    if forwarded:
        name, addr = original
        parsed = replace(parsed, from_name=name, from_addr=addr, to_addrs=())
    found = _extract_company(parsed, content, forwarded)
    if found and (
        _is_sender_person(found, parsed)
        or _is_sender_first_name(found, parsed)
        or _is_signing_first_name(found, parsed, content)
    ):
        # a person's display name, or its first word ("Hi from Rory" from Rory Burke), is never
        # the company: look again without the display name (subject, body, domain)
        person = _compact(found)
        found = _extract_company(replace(parsed, from_name=""), content, forwarded)
        if found and (_compact(found) == person or _is_sender_first_name(found, parsed)):
            return None  # the subject or body names the same person ("New message from Rosa")
    if found and _ACRONYM.fullmatch(found):
        found = _spelled_out(found, parsed, content) or found
    return _with_article(found, parsed, content) if found else found


_ELIDED = re.compile(r"^(?:[LlDd]|[Qq]u)['’]")
#: a name that is an acronym ("ÖIAH", "DSPSC")
_ACRONYM = re.compile(r"[A-ZÄÖÜÅÆØ]{2,7}")


def _spelled_out(acronym: str, parsed: ParsedMessage, content: MessageContent) -> str | None:
    """The name ``acronym`` stands for when the mail writes it out: before the acronym in
    brackets ("Organisation internationale des bassins fluviaux (OIBF)"), or as a capitalised
    phrase ("Deccan State Public Service Commission" signing a "DSPSC" notice). A person names
    the organisation so."""
    text = f"{content.subject}\n{content.body}\n{content.signature}"
    label = _compact(acronym)
    for m in re.finditer(rf"([^\n()]{{3,120}}?)\s*\({re.escape(acronym)}\)", text):
        # "L'Organisation": the elided article is no word of the name
        words = [_ELIDED.sub("", w) for w in _WORD_RUN.findall(m.group(1))[-9:]]
        for start in range(len(words) - 1, -1, -1):
            word = words[start]
            if word.lower() in _ABBREV_LINK or not word[:1].isupper():
                continue
            if _initials_spell(label, words[start:]):
                return _clean_candidate(" ".join(words[start:]))
    return _abbreviated(label, text, parsed)


def _initials_spell(label: str, words: list[str]) -> bool:
    """True when the first letters of ``words`` spell ``label``; link words ("des", "für") may
    give none."""
    reach = {0}
    for word in words:
        first = _compact(word)[:1]
        link = word.lower() in _ABBREV_LINK
        spelled = {pos + 1 for pos in reach if pos < len(label) and label[pos] == first}
        reach = spelled | reach if link else spelled
        if not reach:
            return False
    return len(label) in reach


#: an article that belongs to the name after it: capitalised inside a sentence ("at The Copper
#: Kettle", "Managing Editor, The Fraser Current") or opening a line that is only the name
_ARTICLES = ("The", "Le", "La", "Les", "Het", "De", "El", "Il", "Lo")
_ARTICLE_OF_NAME = (
    r"(?:(?<=[a-zà-ÿ0-9,:;(] )|(?m:^)[ \t]*)((?:" + "|".join(_ARTICLES) + r") ){name}"
    # the name ends there: no word follows on its line ("The Acme Early Careers Team", "The Acme
    # crew" are the sender's sign-offs)
    r"(?![\w&’'-])(?![ \t]*[^\W\d_])"
)


def _with_article(name: str, parsed: ParsedMessage, content: MessageContent) -> str:
    """``name`` with the article the mail writes as part of it ("The Fraser Current"), which
    ``_clean_candidate`` took off; ``name`` as it is otherwise ("The Acme team" opening a
    sentence is Acme's)."""
    if name.split(" ", 1)[0] in _ARTICLES:
        return name
    text = f"{parsed.from_name or ''}\n{content.subject}\n{content.body}\n{content.signature}"
    if not any(f"{article} {name}" in text for article in _ARTICLES):
        return name  # (a plain test first: each name would compile a pattern of its own)
    m = re.search(_ARTICLE_OF_NAME.format(name=re.escape(name)), text)
    return m.group(1) + name if m else name


def _client_in_subject(m: re.Match[str], text: str) -> bool:
    """True when a name starting an agency's subject ("Stratus Insurance - ...") is its client's."""
    words = m.group("name").split()
    return (
        ":" not in m.group(0)
        and len(words) >= 2
        and re.search(rf"\b{re.escape(words[0])}\b", text) is not None
    )


def _is_team_part(part: str) -> bool:
    """True when a display-name part is a team's name and nothing else ("Recrutement")."""
    cut = _SENDER_SUFFIX.search(" " + part.strip())
    return cut is not None and cut.start() == 0


def _is_signing_first_name(name: str, parsed: ParsedMessage, content: MessageContent) -> bool:
    """True when ``name`` is a one-word display name that signs the mail on a line of its own and
    is not in the sender's domain: "Dylan" <dmacdonald@cariboucompute.example> signing "Dylan"."""
    display = (parsed.from_name or "").strip()
    if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]{1,20}", display) or _compact(name) != _compact(display):
        return False
    if display.lower() in GENERIC_WORDS:
        return False
    domain = (parsed.from_addr or "").lower().partition("@")[2]
    if _compact(display).translate(_FOLD) in domain.replace("-", ""):
        return False  # "Acme" <jobs@acme.example>: the organisation's own name
    signed = re.compile(rf"(?m)^[ \t]*(?:[-–—~][ \t]*)?{re.escape(display)}[ \t,.!x]*$")
    return bool(signed.search(content.signature) or signed.search(content.body[-300:]))


def _is_sender_first_name(name: str, parsed: ParsedMessage) -> bool:
    """True when ``name`` is one word, the first word of a person's display name ("Rory" of
    "Rory Burke", found in a subject such as "Hi from Rory")."""
    display = (parsed.from_name or "").split()
    return (
        len(name.split()) == 1
        and len(display) >= 2
        and _person_shaped(" ".join(display[:3]))
        # "Burrow Careers" is an employer's sender name, not a person's
        and _compact(_clean_candidate(" ".join(display)) or "") == _compact(" ".join(display))
        and not any(w.lower() in GENERIC_WORDS for w in display)  # "Skyloom Interview Scheduling"
        and name.lower() == display[0].lower()
        # "Cobalto Fintech" <no-reply@...>: an organisation's sending address, not a person's
        and not all(c in _LOCAL_GENERIC for c in _local_parts(parsed.from_addr or ""))
    )


def _is_sender_person(name: str, parsed: ParsedMessage) -> bool:
    """True when ``name`` is the sender's display name and names a person: person-shaped and its
    first word in the address's local part ("Solène Schwarzkopf" <solene@...>)."""
    parts = re.split(rf"\s+{_VIA}\s+", parsed.from_name or "", maxsplit=1, flags=re.IGNORECASE)
    display, via = parts[0], (parts[1] if len(parts) > 1 else "")
    if _compact(name) != _compact(display) or not _person_shaped(name):
        return False
    if _SOCIAL.match(via):
        return True  # "Rosa Haddad via LinkedIn"
    local, _, domain = (parsed.from_addr or "").lower().partition("@")
    first = name.split()[0].lower().translate(_FOLD)
    last = name.split()[-1].lower().translate(_FOLD)
    if first in domain or last in domain:
        return False  # "Longbow Defense" <hr@longbowdefense.com>: the organisation's own address
    tokens = _local_parts(local)
    if any(t in _LOCAL_GENERIC for t in tokens):
        return False  # noreply.nordwerk@..., jobs@...: a sending service, not a person
    return first in tokens or last in tokens or local in (first[:1] + last, first + last[:1])


def _extract_company(parsed: ParsedMessage, content: MessageContent, forwarded: bool) -> str | None:
    """The employer the message is about, as a person would name it, or None.

    Evidence, strongest first: a display name that says who the employer is ("Jo at Acme",
    "Acme via Greenhouse"); the sender's own (non-relay, non-agency) domain spelled out in the text
    ("northwindhealth.com" + "Northwind Health" in the signature); subject, body and sign-off
    phrases; other display names. A recruitment agency's own name is never the employer (it writes
    about its client). The sender domain turned into a name is the last resort.
    """
    scores: dict[str, float] = defaultdict(float)
    spelled: dict[str, str] = {}
    strong: set[str] = set()
    from_text: set[str] = set()  # keys found by subject/body phrases (not display, not domain)

    def add(raw: str, weight: float) -> str | None:
        name = _clean_candidate(raw)
        if name is None:
            return None
        key = _compact(name)
        if not key:
            return None
        scores[key] += weight
        if weight > 1.0:
            strong.add(key)
        # keep one spelling per key: capitalised and spaced beats "marrowandpike"
        if key not in spelled or _spelling_rank(name) > _spelling_rank(spelled[key]):
            spelled[key] = name
        return key

    from_addr = parsed.from_addr or ""
    domain = from_addr.rsplit("@", 1)[1].lower() if "@" in from_addr else ""
    local = from_addr.split("@", 1)[0].lower()
    relay = bool(domain) and _relayed(from_addr.lower(), local, domain, parsed.from_name or "")
    free = relay and is_freemail_domain(domain)
    local_parts = set(_local_parts(local))
    generic_local = all(c in _LOCAL_GENERIC for c in local_parts)  # no-reply@, jobs@, careers@
    bounce = local in ("postmaster", "mailer-daemon") or "mailer-daemon" in local
    text = _window(content.body, SCAN_CHARS)
    whole = f"{content.subject}\n{text}\n{content.signature}"
    from_label = None if bounce or relay else _domain_label(from_addr)
    # agencies' domains ("cairnrecruitment.co.uk") may look like relays: judge the bare label and
    # the organisation name the domain spells out ("Signal Hire Partners")
    core_label = None if bounce or free else _domain_label(from_addr, relays=True)
    core_name = _spelled(core_label, whole) if core_label and not _known_ats(domain) else None
    agency = (
        # a forward's words are partly the forwarder's ("the client's note below"): only the
        # forwarded sender's own domain can make it an agency's mail
        (not forwarded and _agency_hint(whole) and _AGENCY_CUE.search(whole) is not None)
        or bool(core_label and _AGENCY.search(core_label) and not _known_ats(domain))
        or bool(core_name and _AGENCY_NAME.search(core_name))
    )
    # the employer's own labels: its sender domain, an ATS relay's local part, or (in mail the
    # user sent from free mail) the recipient's domain
    labels: list[str] = []
    if from_label and not agency:
        labels.append(from_label)
    if relay and not free:
        loc = _local_label(from_addr)
        display_words = (parsed.from_name or "").split()
        if loc and _compact(parsed.from_name) != loc and not (
            # "Greta Virtanen" <greta@notify.talentrelay.net>: the local part is the sender's name
            1 < len(display_words) <= 3
            and loc == _compact(display_words[0])
            and _person_shaped(parsed.from_name or "")
        ):
            labels.append(loc)
    to_label = _domain_label(_first_to(parsed)) if (free or not domain) else None
    if to_label is None and from_label and _own_domain(parsed, from_label, whole):
        # the user writing from a personal domain (sam@okafor.example): like free mail, the
        # recipient's domain names the employer when the text spells it out
        candidate = _domain_label(_first_to(parsed))
        # the recipient's domain spelled out ("orbitadoc" in "Orbita Documentari") or abbreviated
        # ("kingsmereha": "Kingsmere Housing Association") in the text
        found = (_spelled(candidate, whole) or _abbreviated(candidate, whole, parsed)) if candidate else None
        if candidate and found and not _in_person_name(found, whole):
            to_label = candidate
            labels = [lab for lab in labels if lab != from_label]
            from_label = None
    if to_label and not _AGENCY.search(to_label):
        labels.append(to_label)
    agency_labels = [core_label] if core_label and agency else []

    platform = _platform_employer(parsed, content, text, from_label, core_label)
    if platform:
        return platform
    display, explicit = _display_candidates(parsed.from_name, from_label or core_label)
    named = _subject_employer(content.subject, from_label or core_label, display)
    if named:
        return named
    if explicit:
        for part, _ in display:
            name = _clean_candidate(part)
            if name and not any(_matches_label(name, a) for a in agency_labels):
                return _fuller(name, whole, from_label)
    if not free:  # a free-mail display name is a person (often the user, in Sent mail)
        longest = max((len(p) for p, _ in display), default=0)
        # "Mercedes Martínez - Mühlbauer Steuerberatung" <mercedes@...>: beside the part that is
        # the sender, the other part is the organisation even when built like a person's name
        # (a display name of one part has nothing beside it: no need to look)
        sender_part = next(
            (p for p, _ in display if _looks_like_person(p, from_addr, content)), None
        ) if len(display) > 1 else None
        # "Maison Verlaine – Recrutement": beside a part that is only a team's name, the other
        # part is the organisation, even when built like a person's name and signing the mail
        team_part = len(display) > 1 and any(_is_team_part(p) for p, _ in display)
        for part, weight in display:
            name = _clean_candidate(part)
            if name is None:
                continue
            beside_sender = (sender_part is not None and part != sender_part) or team_part
            if len(display) > 1 and len(part) < longest:
                weight = 1.0  # "Bram | Quartzline Semiconductors": the longer piece is the org
            suffixed = _compact(name) != _compact(part)  # "Rushmere Hiring Team"
            # "Northgate Aerosystems Talent Acquisition": a team word written straight after the
            # name (no comma, bar or dash as in "Priya Marsh, Talent Acquisition") makes the
            # name an organisation's, even when the mail is signed "Northgate Aerosystems Ltd"
            stripped = part.strip()
            team_suffixed = (
                suffixed
                and stripped.startswith(name)
                and _WORDS_AFTER_NAME.fullmatch(stripped, len(name)) is not None
            )
            person_shaped = not suffixed and not beside_sender and (
                _person_shaped(name)
                # "Kwame" <kwame@bluefinretail.io>, "Marcus" <marcus.patel@crestmark.com>: a
                # first name that is a part of the local part of an employer's address is a person
                or (bool(from_label) and len(name.split()) == 1 and _compact(name) in local_parts)
            )
            org_like = suffixed or _has_org_word(name)
            if (
                from_label
                and not person_shaped
                and not any(_matches_label(name, lab) for lab in labels)
                and (_compact(name) in _compact(local) or (generic_local and org_like))
            ):
                # "Kestrel Payments" <jobs+kestrelpayments@ats-post.com>, "Polaris Tiles
                # Careers" <no-reply@ats-post.com>: the domain is a sending service
                labels = [lab for lab in labels if lab != from_label]
                from_label = None
            if any(_matches_label(name, lab) for lab in labels):
                add(name, weight + 1.0)
            elif (
                not beside_sender and not team_suffixed and _looks_like_person(name, from_addr, content)
            ) or (
                from_label and person_shaped
            ):
                # a person writing from the employer's domain, or an agency recruiter
                continue
            else:
                add(name, 1.6 if person_shaped else weight)
    # "RE: Stratus Insurance - ...": the name starts the subject once "RE:" is gone
    subject = without_reply_prefixes(content.subject)
    for i, pattern in enumerate(_SUBJECT_PATTERNS):
        for m in pattern.finditer(subject):
            # a bare "X: ..." subject start is weak evidence ("Reminder: ...", "Accepted: ..."),
            # and so is "call with Mateo Rahimi"
            # (but an agency's subject that starts with a name of two words or more, whose first
            # word the body repeats, names its client: "Stratus Insurance - Software Engineer",
            # not "Webinar: ..." nor the candidate in "Callum / Deepwell Geo")
            weak = (i == 1 and not (agency and _client_in_subject(m, text))) or _with_person(m)
            key = add(m.group("name"), 1.0 if weak else 2.0)
            if key and not weak and i in (0, 3):  # "... at X", "Your X application"
                from_text.add(key)
    for m in _body_matches(text):
        weak = _with_person(m)
        key = add(m.group("name"), 1.0 if weak else 1.5)
        if key and not weak:
            from_text.add(key)
    if agency:
        # an agency recruiter's news: "Ravenscar Defence have reviewed your CV" (not a person:
        # "Sarah Jones has reviewed it" is the client's recruiter)
        for m in _CLIENT_DID.finditer(text):
            name = _clean_candidate(m.group("name"))
            if name and (_has_org_word(name) or not is_given_name(name.split()[0])):
                key = add(name, 1.5)
                if key:
                    from_text.add(key)
    # the body's end, then the signature: the mail's last lines, where a sign-off names the sender's
    # organisation (``_signature_orgs`` reads the last eight)
    tail = text[-600:] + "\n" + content.signature
    for pattern, needs in _TEAM_PATTERNS if _found_in_any_case(_TEAM_HINT, _TEAM_HINT_LOWER, tail) else ():
        if any(word in tail for word in needs):
            for m in pattern.finditer(tail):
                add(m.group("name"), 2.0)
    for name in _signature_orgs(tail):
        add(name, 2.0)
    # an organisation named by the text's phrases that is not the sender's: the sender is an
    # intermediary (agency, consultancy) writing about its client
    own = labels + ([core_label] if core_label else [])
    elsewhere = any(
        not any(_matches_label(spelled[k], lab) for lab in own) and spelled[k] in text
        for k in from_text
        if k in scores
    )
    if elsewhere and from_label and (
        # "Redstart IT Contracts" / "Gantry Technical Resourcing": a staffing intermediary
        (not agency and _AGENCY_SENDER.search(
            f"{parsed.from_name or ''}\n{core_name or ''}\n{content.signature[-300:]}"))
        # "JobHarbor Alerts" <no-reply@jobharbor.com>: a job board's or platform's notice
        or (generic_local and _NOTIFIER.search(parsed.from_name or ""))
    ):
        # ... writing about another named organisation: the sender's own name is never the
        # employer
        agency = True
        agency_labels = [from_label] + agency_labels
        labels = [lab for lab in labels if lab != from_label]
    # the employer's domain written out in the text is the strongest evidence of all
    for lab in labels:
        found = _spelled(lab, whole)
        if found is None and lab == to_label:
            found = _spelled(lab, _window(_full_text(parsed), 6000))
        if not found:
            continue
        weight = 1.0 if (elsewhere and lab == from_label) else 4.0
        key = add(found, weight)
        if key is None and _clean_candidate(found.title()):  # lower-case brand "fernway"
            key = _compact(found)
            spelled[key] = found
            scores[key] += weight
            strong.add(key)

    for key in list(scores):
        if any(_matches_label(spelled[key], a) for a in agency_labels):
            del scores[key]  # a recruitment agency writes about its client, not itself
            continue
        if key not in strong and not any(_matches_label(spelled[key], lab) for lab in labels):
            del scores[key]  # a bare "X: ..." subject start alone is not evidence
            continue
        mentions = whole.count(spelled[key])
        scores[key] += min(mentions, 3) * 0.5
        if any(_matches_label(spelled[key], lab) for lab in labels) and not (
            elsewhere and from_label and _matches_label(spelled[key], from_label)
        ):
            scores[key] += 3.0

    # "Pinecrest Retail" (the domain spelled out) and "Pinecrest Retail Group" (display name,
    # subject) are one employer: the fuller spelling takes the shorter one's evidence
    for short in sorted(scores, key=len):
        longer = [
            k
            for k in scores
            if k != short
            and (
                (
                    spelled[k].startswith(spelled[short] + " ")
                    # one more organisation word ("Group", "Labs"), not "People Services"
                    and re.fullmatch(r"\S+", spelled[k][len(spelled[short]) + 1 :])
                    and _ONE_ORG_WORD.fullmatch(spelled[k][len(spelled[short]) + 1 :])
                )
                # or a public body's head word before it ("Gemeinde Oberwil am See")
                or (
                    spelled[k].endswith(" " + spelled[short])
                    and _is_org_head(spelled[k][: -len(spelled[short])])
                )
            )
        ]
        if short in scores and len(longer) == 1:
            scores[longer[0]] += scores.pop(short)
    if scores and max(scores.values()) >= 1.5:
        best = max(scores, key=lambda k: (scores[k], len(k)))
        return spelled[best]
    # "Saltmarsh Energy: Analytics Engineer" from a free-mail sender: a subject that starts with
    # an organisation-looking name is the best there is
    start = _SUBJECT_PATTERNS[1].match(content.subject)
    if start and not (from_label or agency):
        name = _clean_candidate(start.group("name"))
        if name and _has_org_word(name) and not _person_shaped(name):
            return name
    # last resort: the name the employer's domain abbreviates ("crlv" -> "Cassa di Risparmio di
    # Lucca e Versilia"), else the domain as a name ("northwind-health" -> "Northwind Health")
    if from_label and not agency and not relay:
        return _abbreviated(from_label, whole, parsed) or _label_as_name(_raw_domain_label(from_addr))
    if to_label:
        full = _window(_full_text(parsed), 6000)
        return _abbreviated(to_label, full, parsed) or _label_as_name(_raw_domain_label(_first_to(parsed)))
    return None


#: small words inside organisation names that an abbreviation may skip
_ABBREV_LINK = frozenset(
    "of for and the de du des del della di do da dos das e y et und van der den het la le el i w z"
    " och og & für".split()
)
_WORD_RUN = re.compile(r"[^\W\d_](?:[^\W_]|['’&-])*|&")


def _abbreviated(label: str, text: str, parsed: ParsedMessage) -> str | None:
    """The capitalised phrase of ``text`` that ``label`` abbreviates: each capitalised word gives
    a prefix of itself, in order, and small link words may give nothing ("bpgarda" -> "Banca
    Popolare del Garda", "uej" -> "University of Eastern Jutland"). The phrase must have two or
    more capitalised words and not be a person's name from the headers."""
    if len(label) < 3 or not label.isalnum():
        return None
    people = {_compact(parsed.from_name or "")} | {_compact(a.split("@")[0]) for a in parsed.to_addrs}
    best: dict[str, int] = defaultdict(int)
    for line in text.splitlines():
        if label[0] not in line.lower():
            continue
        words = _WORD_RUN.findall(line)
        for start, first in enumerate(words):
            if not first[:1].isupper() or first.lower().strip(".") in _STOP_CANDIDATES:
                continue
            if _compact(first)[:1] != label[0] and first.lower() not in _ABBREV_LINK:
                continue  # it cannot give the label's first letter: no phrase starts here (speed)
            phrase = _abbrev_phrase(label, words, start)
            if phrase and _compact(phrase) not in people:
                best[phrase] += 1
    if not best:
        return None
    phrase = max(best, key=lambda p: (best[p], len(p)))
    return _clean_candidate(phrase)


def _abbrev_phrase(label: str, words: list[str], start: int) -> str | None:
    """The shortest run of ``words`` from ``start`` that ``label`` abbreviates, or None."""
    # states: positions in ``label`` reachable after each word; a capitalised word must give at
    # least one letter, a link word may give none
    reach = {0}
    caps = 0
    for end in range(start, min(len(words), start + 8)):
        word = words[end]
        folded = _compact(word)
        link = word.lower() in _ABBREV_LINK
        if not link and not word[:1].isupper():
            return None
        caps += not link
        nxt: set[int] = set(reach) if link else set()
        for pos in reach:
            nxt |= _prefix_ends(label, pos, folded)
            # a hyphenated word may give a letter or more of each part ("ubf": "Université du
            # Bas-Fleuve")
            parts = [_compact(part) for part in word.split("-")]
            if len(parts) > 1 and all(parts):
                ends = {pos}
                for part in parts:
                    ends = {e for start_at in ends for e in _prefix_ends(label, start_at, part)}
                nxt |= ends
        if not nxt:
            return None
        reach = nxt
        if len(label) in reach and not link and caps >= 2:
            return " ".join(words[start : end + 1])
    return None


def _prefix_ends(label: str, pos: int, word: str) -> set[int]:
    """Positions in ``label`` after it spells a prefix of one letter or more of ``word`` at ``pos``."""
    ends: set[int] = set()
    for k in range(1, len(word) + 1):
        if not label.startswith(word[:k], pos):
            break
        ends.add(pos + k)
    return ends


def _fuller(name: str, text: str, domain_label: str | None) -> str:
    """``name`` as the text writes it out in full, when it does: "Jo at Drumlin" signs her mail
    "Drumlin Water Services"; "Nadia from Obsidian" <...@obsidiansky.com> writes "Obsidian Sky"."""
    key = _compact(name)
    if domain_label and len(domain_label) > len(key) and domain_label.startswith(key):
        key = domain_label
    spelled = _spelled(key, text) if name.isascii() else None
    if not spelled or len(spelled) <= len(name) or not spelled.lower().startswith(name.lower() + " "):
        return name
    if any(w.strip(".,").lower() in _LEGAL_WORDS for w in spelled[len(name) :].split()):
        return name  # "Lotus Delta K.K.", "Ekatva Logistics Pvt Ltd": a legal form, not more name
    # a cut through a longer title-case phrase ("Glenrock Outfitters Conditional" of "... Offer
    # Letter") is not a name: the full spelling must end where the text's phrase ends. (Checked
    # here, not in ``_spelled``'s continuation: there it cost 13 records over the corpus, cutting
    # three-word names such as "Sampaguita Contact Solutions".)
    if not re.search(rf"{re.escape(spelled)}(?![ \t]+[A-Z]|\w)", text):
        return name
    return _clean_candidate(spelled) or name


# "Your application to X", "Engineer at X", "Interview with X", "Your X application": the subject
# names the organisation the message is about
_SUBJECT_ABOUT = re.compile(
    # "for" would take the role ("Your application for Bookkeeper"), so only to/at/with
    rf"\b(?:(?:application|applying|candidacy|interview|role|position|job|offer)\s+(?:to|at|with)"
    rf"|\b(?:[A-Z][a-z]+\s+)?(?:[Ee]ngineer|[Dd]eveloper|[Mm]anager|[Aa]nalyst|[Dd]esigner|[Ss]cientist"
    rf"|[Ll]ead|[Ss]pecialist|[Cc]onsultant|[Aa]ssociate|[Ee]xecutive|[Ww]riter|[Nn]urse|[Tt]eacher)\s+at"
    rf"|[Bb]ewerbung\s+(?:bei|als\s+\S+\s+bei)|candidature\s+chez|candidatura\s+en)"
    rf"\s+{NAME}\s*(?:[-–—|:!.(]|$)"
)


def _subject_employer(
    subject: str, sender_label: str | None, display: Sequence[tuple[str, float]]
) -> str | None:
    """The organisation a subject says the message is about ("Your application to Bluebeam
    Logistics") when the sender is someone else (an agency or a relay whose own name is in the
    display name or domain): None when the subject names the sender itself or nothing."""
    m = _SUBJECT_ABOUT.search(subject)
    if not m or _with_person(m):
        return None
    name = _clean_candidate(m.group("name"))
    if not name or _person_shaped(name):
        return None
    if sender_label and _matches_label(name, sender_label):
        return None  # the employer writing about itself: the usual path finds it
    own = [_compact(o) for o in (_clean_candidate(part) for part, _ in display) if o]
    key = _compact(name)
    if not own or any(o in key or key in o for o in own):
        return None  # no organisation in the display name to tell apart, or the same one
    return name


_FIELD_KEYS = ("company", "employer", "arbeitgeber", "unternehmen", "entreprise", "employeur", "empresa")
_BEFORE_KEYS = (
    "behalf", "auftrag", "au nom", "de la part", "en nombre", "submitted to", "employer", "client",
    "kunde",
)
_AFTER_KEYS = ("invit", "would like you", "asks you", "eingeladen", "has initiated", "has requested",
               "has ordered", "has asked")


def _unwrap(text: str) -> str:
    """Join the lines of wrapped prose ("... employers like Oakridge\nPayments"), not short lines
    (a sign-off "on behalf of Acme\nJane Roe" stays apart)."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if len(prev) >= 50 and prev[-1] not in ".!?:;" and line[:1].strip():
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _platform_employer(
    parsed: ParsedMessage, content: MessageContent, text: str, from_label: str | None, core_label: str | None
) -> str | None:
    """The employer a platform names explicitly ("Company: X", "on behalf of X", "X has invited
    you"), when it is not the sender itself; None otherwise."""
    own = [lab for lab in (from_label, core_label, _compact(parsed.from_name)) if lab]
    sender_key = _compact(parsed.from_name)
    local_parts = set(_local_parts(parsed.from_addr or ""))
    lines = f"{content.subject}\n{text}"
    low = lines.lower()
    checks: list[tuple[re.Pattern[str], str]] = []
    # cheap substring gates first: most mail has none of these phrases (speed)
    if any(k in low for k in _FIELD_KEYS):
        checks.append((_EMPLOYER_FIELD, lines))
    before = any(k in low for k in _BEFORE_KEYS)
    after = any(k in low for k in _AFTER_KEYS)
    if before or after:
        flat = _unwrap(lines)
        if before:
            checks.append((_EMPLOYER_BEFORE, flat))
        if after:
            checks.append((_EMPLOYER_AFTER, flat))
    # the subject's phrases count only when the sender is named after its own domain (a service
    # speaking for itself: "JobHarbor" <alerts@jobharbor.com>), never for a person's mail
    self_named = bool(from_label or core_label) and any(
        _matches_label(parsed.from_name or "", lab) for lab in (from_label, core_label) if lab
    )
    cleaned = _clean_candidate(parsed.from_name or "")
    if not self_named and cleaned and len(cleaned.split()) == 1 and _compact(cleaned) not in local_parts:
        # "JobTrawl" <noreply@hireside.co>: a one-word service name over another sending domain
        self_named = True
    if self_named:
        checks.append((_SUBJECT_EMPLOYER, content.subject))
    if cleaned and _compact(cleaned) in (from_label, core_label):
        # a service that sends in its own name only ("WorkScout", "CareerLattice Jobs"): its body
        # names the employer
        checks.append((_PLATFORM_BODY, lines))
        checks.append((_PLATFORM_SIGNOFF, f"{text}\n{content.signature}"))
        card = _job_card_employer(content.subject, text)
        if card:
            checks.append((_NAME_LINE, card))
    for pattern, where in checks:
        for m in pattern.finditer(where):
            raw = next((g for g in m.groups() if g), "") if pattern is _SUBJECT_EMPLOYER else m.group("name")
            name = _clean_candidate(raw or "")
            if not name:
                continue
            person = _person_shaped(name) and not _has_org_word(name)
            if person and pattern in (_EMPLOYER_AFTER, _SUBJECT_EMPLOYER):
                continue  # "Rafael Moreau invited you": a person, not an employer
            key = _compact(name)
            if any(_matches_label(name, lab) for lab in own) or (sender_key and sender_key in key):
                continue  # the sender naming itself
            return name
    return None


_SUBJECT_ROLE = re.compile(r"(?:^|[:|–—]\s*)([A-Z][\w/&+ -]{2,60}?)\s*(?:[|–—(]|$)")


def _job_card_employer(subject: str, text: str) -> str | None:
    """The employer line of a platform's job card: the line right under a line that repeats the
    role the subject names ("Application update: Project Coordinator")."""
    roles = {m.group(1).strip() for m in _SUBJECT_ROLE.finditer(subject)}
    if not roles:
        return None
    lines = [x.strip() for x in text.splitlines()]
    for i, line in enumerate(lines[:-1]):
        if line in roles and lines[i + 1]:
            head = re.split(r"\s+[-–—·|•]\s+|\s*[,·|•]\s*", lines[i + 1], maxsplit=1)[0]
            return head if 2 < len(head) <= 60 else None
    return None


def _in_person_name(spelled: str, text: str) -> bool:
    """True when every occurrence of ``spelled`` is part of a person's name ("Dear Ms Walsh",
    "Priya Walsh"): then a recipient's domain named after it (walsh.example) is the user's own."""
    word = re.escape(spelled)
    total = len(re.findall(rf"\b{word}\b", text))
    personal = len(
        re.findall(
            rf"(?:\b(?:Dear|Hi|Hello|Hey|Ms|Mr|Mrs|Miss|Dr|Mx)\.?\s+|\b[A-Z][a-zà-ÿ'’-]+\s+)"
            rf"{word}\b(?!\s+(?:[Rr]ecruit|[Hh]iring|[Tt]alent|[Tt]eam|HR|[Pp]eople|[Cc]areers))",
            text,
        )
    )
    return total > 0 and personal >= total


def _own_domain(parsed: ParsedMessage, from_label: str, whole: str) -> bool:
    """The sender is a person writing from a mailbox of their own: the display name is a
    person's, the address is their name (sam.okafor@, or with initials: a.ogunleye@), and the
    domain is nowhere in the text: a domain of their own or a mail provider no list knows."""
    words = parsed.from_name.split()
    local = _compact(parsed.from_addr.split("@", 1)[0])
    if not _person_shaped(parsed.from_name.strip()) or len(words) < 2:
        return False
    forms = {_compact("".join(words)), _compact("".join(reversed(words)))}
    # "a.ogunleye@", "karthik.subramanian.arch@": the surname with initials or more
    surname = _compact(words[-1])
    named = local in forms or (len(surname) >= 4 and surname in local)
    return named and _spelled(from_label, whole) is None


_WITH = re.compile(r"\b(?:with|con|mit|avec)\s+$", re.IGNORECASE)


def _with_person(m: re.Match[str]) -> bool:
    """A match like "interview with Mateo Rahimi": after "with", a person is as likely as an org."""
    before = m.string[max(0, m.start("name") - 6) : m.start("name")]
    return bool(_WITH.search(before)) and _person_shaped(m.group("name"))


#: job-title words of a signature line (en, de, fr, es, it, nl, pt, pl: "Gérant",
#: "Personalreferentin", "Kierownik Działu Kadr")
_SIG_ROLE_WORDS = (
    r"lead|manager|recruiter|engineer|partner|director|head|founder|co-founder|ceo|cto|coo"
    r"|vp|officer|coordinator|specialist|talent|people|hr|operations|recruiting|recruitment"
    r"|acquisition|consultant|sourcer|leiter(?:in)?|responsable|directeur|directrice"
    r"|reclutador(?:a)?|gerente"
    r"|principal|administrator|assistant|analyst|adviser|advisor|owner|supervisor|executive"
    r"|president|registrar|geschäftsführer(?:in)?|inhaber(?:in)?|personal\w*|referent(?:in)?"
    r"|sachbearbeiter(?:in)?|g[ée]rante?|charg[ée]e? de recrutement|assistante|gestionnaire"
    r"|jef[ae]|director(?:a)?|coordinador(?:a)?|responsabile|direttor[ei]|direttrice|titolare"
    r"|hoofd|eigenaar|co[öo]rdinator|diretor(?:a)?|kierownik|specjalist(?:a|ka)|dyrektor"
)
_SIG_ROLE = re.compile(rf"\b(?:{_SIG_ROLE_WORDS})\b", re.IGNORECASE)
# the same words searched in lower-cased text without IGNORECASE, grouped by first letter
# (several times faster)
_SIG_ROLE_LOWER = re.compile(word_start(_SIG_ROLE_WORDS) + group_by_first_letter(_SIG_ROLE_WORDS) + r"\b")
_SIG_LINE = re.compile(rf"^\s*(?P<role>[^\n,|–—@]{{2,60}}?)\s*(?:,|\||–|—|\s-\s|\sat\s|@)\s*{NAME}\s*$")


def _naming_roles(lines: list[str]) -> list[bool]:
    """``_SIG_ROLE.search(line) is not None`` for each of ``lines``, by one scan of them joined
    (the words match no line break, so each hit lies in one line; speed)."""
    joined = "\n".join(lines)
    low = joined.lower()
    if not lower_matches_ignorecase(joined, low):
        return [_SIG_ROLE.search(line) is not None for line in lines]
    starts = line_starts(lines)
    found = [False] * len(lines)
    for m in _SIG_ROLE_LOWER.finditer(low):
        found[bisect_right(starts, m.start()) - 1] = True
    return found


def _signature_orgs(tail: str) -> list[str]:
    """Organisations on signature lines: "Design Lead, Acme", "People Operations | Acme",
    "Talent Partner at Acme", or a name line right under a job-title line."""
    out: list[str] = []
    lines = [x.strip() for x in tail.splitlines() if x.strip()][-8:]
    # whether each line names a role, computed once per line (each is asked about twice)
    role = _naming_roles(lines)
    for i, line in enumerate(lines):
        m = _SIG_LINE.match(line) if len(line) <= 90 and role[i] else None
        if m and _SIG_ROLE.search(m.group("role")):
            out.append(m.group("name"))
        elif (
            i > 0
            and role[i - 1]
            and len(lines[i - 1]) <= 50
            and not lines[i - 1].endswith(("?", ".", "!"))  # a sentence, not a job-title line
            and _NAME_LINE.fullmatch(line)
            and not _person_shaped(line)
        ):
            out.append(line)
    return out


def _spelling_rank(name: str) -> tuple[bool, int, int]:
    return (any(ch.isupper() for ch in name), len(name.split()), len(name))


@lru_cache(maxsize=8192)  # asked of the same names many times per message (speed)
def _person_shaped(name: str) -> bool:
    """Two or three capitalised plain words and nothing organisation-like ("Tom Whitfield")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(_CAPITALISED_WORD.fullmatch(w) for w in words)
        and not _has_org_word(name)
    )


_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+")


def _label_as_name(label: str) -> str | None:
    """A domain label as a name: "northwind-health" and "northwindhealth" -> "Northwind Health"."""
    # "orrinlabs-hq": a headquarters' domain names the organisation without "HQ"
    words = [w for w in label.split("-") if w and w != "hq"]
    if not words or len("".join(words)) < 3:
        return None
    words = [part for w in words for part in _split_sector(w)]
    return " ".join(w[:1].upper() + w[1:] for w in words)


#: Sector words that end run-together domain labels ("larkspuranalytics", "quaysidemedia"); only
#: words of four letters or more, and only after a head of four or more ("fintech" stays whole)
_SECTOR_TAIL = re.compile(
    r"(?P<head>[a-z]{4,}?)(?P<tail>analytics|logistics|health|healthcare|energy|media|systems"
    r"|software|capital|partners|foods|insurance|consulting|solutions|technologies|robotics"
    r"|retail|finance|travel|ventures|payments|studios?|labs|bank|tech|games|digital|design"
    r"|group|pharma|motors|networks|industries|engineering|construction|logistik|security|data"
    r"|cloud|medical|learning|education|mobility|materials|biotech|therapeutics|interactive|marine"
    r"|legal|medien|medier)"
)


def _split_sector(word: str) -> list[str]:
    found = _SECTOR_TAIL.fullmatch(word)
    return [found.group("head"), found.group("tail")] if found else [word]


# ---------------------------------------------------------------------------------------------
# Rejection reasons stated outright (en/de/fr/es/it/nl/pt/pl/sv/da/no)

# Like the topic cues below: lower-case patterns without IGNORECASE, searched in lower-cased text.
# IGNORECASE made Python's engine fold every character it tried: reason_cues took 0.39 ms a text,
# 0.09 ms this way, with the same cues for 48,975 corpus and benchmark texts.
_REASON_CUES: dict[str, re.Pattern[str]] = {
    "role_filled": re.compile(
        r"(?:position|role|vacancy|job|opening)\s+(?:has|had|have)\s+(?:now\s+|already\s+)?"
        r"been\s+filled"
        r"|(?:we|they)\s+(?:have|'ve)\s+(?:now\s+|already\s+)?filled\s+(?:the|this)\s+(?:position|role)"
        r"|filled\s+(?:the|this)\s+(?:position|role|vacancy)|(?:role|position) is (?:now |already )?filled"
        # "we've now filled the Senior Engineer position"
        r"|(?:we|they)(?:'ve| have) (?:now |already |just )?filled (?:the|this|our) (?:[\w-]+ ){1,3}"
        r"(?:position|role|vacancy|opening)"
        r"|accepted (?:an|our) offer|stelle\s+(?:wurde\s+)?(?:bereits\s+)?(?:anderweitig\s+)?besetzt"
        r"|bereits besetzt|poste\s+(?:a\s+(?:d[ée]j[àa]\s+)?)?[ée]t[ée]\s+pourvu|poste est pourvu"
        r"|d[ée]j[àa] pourvu|puesto\s+(?:ya\s+)?(?:ha\s+sido|fue|est[áa])\s+cubierto"
        r"|ya (?:ha sido )?cubierto"
        # it, nl, pt, pl, sv, da, no
        r"|posizione (?:è )?(?:già |stata )*(?:coperta|ricoperta|assegnata)|già (?:stata )?coperta"
        r"|(?:vacature|functie) is (?:inmiddels |al )?(?:vervuld|ingevuld|vergeven)"
        r"|vaga (?:já )?(?:foi |está |esteja )?(?:preenchida|ocupada)"
        r"|stanowisko (?:zostało )?(?:już )?obsadzone|(?:tjänsten|rollen) (?:är|har) (?:redan |nu )?tillsatt"
        r"|stillingen (?:nu |nå )?er (?:nu |nå |allerede )?(?:besat|besatt)"
        # hires and appointments said in other words (v13)
        r"|(?:we|they)(?:'ve| have)? (?:now |already |just |since |recently )?"
        r"(?:hired|appointed|made (?:a|an) (?:hire|appointment)"
        r"|found (?:someone|somebody|the right|a suitable|our|a candidate))"
        r"|made (?:a|an) (?:hire|appointment)"
        r"|offer (?:for (?:this|the) (?:role|position) )?has been accepted"
        r"|(?:has|have) accepted (?:an|our|the) (?:offer|role|position)"
        r"|appointed (?:someone|a candidate|another)"
        r"|schon (?:weg|vergeben)|bereits vergeben|pourvu (?:ce|le) poste|avons pourvu"
        r"|vacante (?:ya )?(?:ha sido |fue |está )?cubierta|hemos cubierto"
        r"|znaleźliśmy (?:już )?(?:osobę|kandydat)"
        # said with words between (23 November): "la posizione ... è stata nel frattempo coperta",
        # "besætte stillingen internt", "a vaga já foi preenchida internamente"
        r"|(?:è|sono) stat[ao] (?:nel frattempo |già |ormai )?(?:coperta|ricopert[ao]|assegnat[ao])"
        r"|besætte stillingen|besat stillingen|tillsatt tjänsten|tillsätta tjänsten|besatt stillingen"
        r"|(?:filled|fill) (?:the (?:role|position) )?internally"
        r"|(?:poste|emploi) (?:a été |est )?(?:d[ée]j[àa] )?combl[ée]|a été combl[ée]e?"
        r"|intern(?:al)? (?:candidate|hire) (?:was|has been)",
    ),
    "budget_freeze": re.compile(
        r"budget|hiring freeze|freeze on (?:hiring|recruitment)|headcount|funding"
        r"|einstellungsstopp|haushalt|gel des (?:embauches|recrutements)|contraintes budg[ée]taires"
        r"|congelaci[óo]n de (?:\w+ )?(?:contrataciones|plantilla)|presupuest"
        # it, nl, pt, pl, sv, da, no
        r"|blocco (?:delle )?assunzioni|stop alle assunzioni|vacaturestop|personeelsstop"
        r"|orçament|congelamento (?:de|das) (?:contrata|admiss)|budżet|wstrzyman\w* (?:rekrutacj|zatrudnie)"
        r"|zamrożeni\w* (?:etatów|zatrudnie|rekrutacj)|anställningsstopp|ansættelsesstop"
        r"|ansettelsesstopp|budsjett|aufnahmestopp"
        # a start-up's money: "we don't have the runway to hire", "our bridge round is delayed"
        r"|runway|bridge round",
    ),
    "closer_fit": re.compile(
        r"more closely|most closely|closer (?:match|fit)|better (?:match|fit|suited|aligned)"
        r"|(?:align|match)(?:es|ed)? more closely|more (?:directly )?relevant experience"
        r"|besser (?:passen|passt|geeignet)|n[äa]her an (?:unseren|den) anforderungen"
        r"|correspond(?:ent|ait)? (?:davantage|mieux)|plus (?:proche|adapt[ée])"
        r"|se ajusta(?:n|ba)? m[áa]s|encaja(?:n|ba)? mejor|m[áa]s cercan[oa]|mejor (?:encaje|ajuste)"
        # it, nl, pt, pl, sv, da, no
        r"|più (?:in linea|vicin[oi]|adatt[oi]|aderent[ei])|(?:beter|meer) (?:aansluit|passend|past bij)"
        r"|(?:mais|melhor) (?:alinhad|adequad|ajustad)|lepiej (?:dopasowan|pasuj|odpowiada)"
        r"|bättre (?:matchar|passar|överensstämmer)|bedre (?:match|passer|matcher)"
        r"|mais de perto|se (?:ajusta|adequa|encaixa) melhor|dichter bij|più da vicino"
        r"|(?:genauer|besser) (?:entspricht|entsprechen|entsprach)|w większym stopniu odpowiada",
    ),
    "level_mismatch": re.compile(
        r"more (?:senior|junior|experienced)|someone (?:more )?(?:senior|junior)"
        r"|(?:seniority|level) (?:we|that)"
        r"|(?:over|under)[- ]?qualified|different (?:level|seniority)|at a (?:more )?(?:senior|junior) level"
        r"|erfahrener|mehr (?:berufs)?erfahrung|senioriteit|seniorit[äa]t"
        r"|plus (?:s[ée]nior|junior|exp[ée]riment[ée])|profil plus"
        r"|m[áa]s (?:s[ée]nior|junior|experiencia|experimentad)"
        # it, nl, pt, pl, sv, da, no
        r"|più (?:senior|junior|esperienza|espert)|sovra\s?qualificat|(?:meer|te) (?:senior|junior)"
        r"|seniorder|juniorder|meer ervaren|overgekwalificeerd"
        r"|mais (?:s[ée]nior|s[êe]nior|j[úu]nior|experiente)|sobrequalificad|bardziej doświadczon"
        r"|nadkwalifikacj|zbyt (?:junior|senior)|mer (?:senior|junior|erfaren)|överkvalificerad"
        r"|mere (?:senior|junior|erfaren)|overkvalificeret|overkvalifisert"
        r"|(?:at|for) (?:a )?(?:staff|principal|lead|senior|junior|mid|entry)[- ]level"
        r"|after a (?:mid|senior|junior)[- ]level"
        # about the role ("suited to someone earlier in their career"), not feedback to the
        # candidate ("you're earlier in your career than the role suits": a topic)
        r"|(?:earlier|later) in their career",
    ),
    "role_cancelled": re.compile(
        r"(?:position|role|opening|requisition|vacancy)\s+(?:has\s+been|was|is\s+being)\s+"
        r"(?:cancel+ed|closed|withdrawn|eliminated|put on hold|paused|removed)"
        r"|(?:cancel+ed|closed|withdrawn|eliminated|paused)\s+(?:the|this)\s+"
        r"(?:position|role|opening|requisition)"
        r"|no longer (?:hiring|recruiting) for|(?:been|be) disestablished|(?:won't|will not) be filled"
        r"|posto non verrà (?:ricoperto|coperto)"
        r"|not (?:be )?(?:moving forward with|filling) (?:the|this) (?:role|position)"
        r"|stelle\s+(?:wurde\s+)?(?:gestrichen|zurückgezogen|storniert)|nicht (?:mehr )?(?:neu )?besetzt"
        r"|poste\s+(?:a\s+[ée]t[ée]\s+)?(?:annul[ée]|supprim[ée]|gel[ée])"
        r"|puesto\s+(?:ha\s+sido\s+|fue\s+)?(?:cancelad|eliminad|congelad)"
        # it, nl, pt, pl, sv, da, no
        r"|posizione (?:è )?(?:stata )?(?:annullata|sospesa|cancellata|soppressa)"
        r"|vacature (?:is )?(?:ingetrokken|geannuleerd|vervallen|komen te vervallen|on hold gezet)"
        r"|vaga (?:foi )?(?:cancelada|suspensa|encerrada|congelada)"
        r"|rekrutacj\w* (?:została )?(?:anulowan|wstrzyman|zamknięt|odwołan)"
        r"|(?:tjänsten|rekryteringen) (?:har )?(?:dragits tillbaka|avbrutits|strukits|pausats)"
        r"|(?:stillingen|rekrutteringen) (?:er )?(?:annulleret|trukket tilbage|stoppet|kansellert"
        r"|trukket tilbake|avlyst|sat på pause|satt på pause)"
        # cancellations said in other words (v13)
        r"|(?:position|role|opening|requisition|vacancy|recruitment|search|programme|program|internship)"
        r" (?:is|has been|was|had been) (?:now )?"
        r"(?:cancel+ed|withdrawn|scrapped|put on hold|on hold|paused|frozen|discontinued)"
        r"|(?:will|would) not be (?:filled|going ahead)"
        r"|not (?:to )?go ahead with (?:this|the) (?:position|role|hire|vacancy)"
        r"|(?:scrapped|cancel+ed|withdrew|pulled|shelved) (?:the|this) (?:position|role|opening|vacancy|hire)"
        r"|(?:recrutement|poste) (?:est|a été) (?:annulé|suspendu|gelé|supprimé)"
        r"|annuler (?:ce|le) (?:recrutement|poste)"
        r"|stelle wurde (?:\w+ ){1,3}(?:gestrichen|zurückgezogen|storniert|eingefroren)"
        r"|no (?:vamos a )?cubrir (?:finalmente )?(?:esta|la) (?:posición|vacante|plaza)"
        r"|(?:proceso|programa|vacante|posición) (?:se )?(?:ha )?(?:sido )?(?:cancelad|suspendid|congelad)"
        # "decided not to proceed with filling this position", "se ha cancelado el proyecto"
        r"|not to (?:proceed with )?fill(?:ing)? (?:the|this) (?:position|role|vacancy)"
        r"|(?:se ha|hemos) cancelado (?:el proyecto|la vacante|el puesto|la posición|el proceso)"
        r"|vacante queda (?:anulada|cancelada|cerrada|congelada|desierta)",
    ),
}


# Each reason's branches grouped by first letter, and all reasons as one pattern searched first:
# most rejections give no reason, and then one scan of the text answers instead of one per
# reason (speed).
_REASON_SEARCH = {r: re.compile(group_by_first_letter(p.pattern)) for r, p in _REASON_CUES.items()}
_REASON_ANY = re.compile(group_by_first_letter("|".join(p.pattern for p in _REASON_CUES.values())))


def reason_cues(text: str) -> tuple[str, ...]:
    """Rejection reasons whose typical phrasing occurs in ``text`` (any case), in OUTSIDE_CONTROL
    order."""
    low = text.lower()
    if _REASON_ANY.search(low) is None:
        return ()
    found = {r for r in OUTSIDE_CONTROL if _REASON_SEARCH[r].search(low)}
    if "budget_freeze" in found:
        # "funding for the role has been put on hold": the hold is the freeze itself (in the
        # corpus 39 of 595 budget freezes are also labelled as cancelled roles)
        found.discard("role_cancelled")
    return tuple(r for r in OUTSIDE_CONTROL if r in found)


# ---------------------------------------------------------------------------------------------
# Feedback topics named as weaknesses (en/de/fr/es)

# What each topic is about. A sentence names a topic as a weakness when it carries one of these
# and a weakness cue; praise ("your coding was excellent") names no topic.
_TOPIC_CUES: dict[str, re.Pattern[str]] = {
    "coding": re.compile(
        r"\bcod(?:e|ing)\b|live.coding|pair.programming|take.home|implementation|algorithm"
        r"|data structures?|debugg|\btests?\b|edge cases?|programmier|\bcódigo|programaci[óo]n"
        r"|programmation|\bcode\b"
        r"|codice|programmazione|programowani|kodning|randgeval|casos? (?:limite|extremos?)|casi limite",
    ),
    "system_design": re.compile(
        r"system.design|architecture|design (?:round|session|interview|exercise|portion)"
        r"|scalab|trade.?offs?|distributed|systemdesign|systementwurf|architektur"
        r"|conception (?:de )?syst[èe]me|dise[ñn]o de sistemas|arquitectura"
        r"|desenho de sistemas?|arquitetura|architettura|progettazione|systeemontwerp"
        r"|projektowani\w* system|systemdesign",
    ),
    "technical_depth": re.compile(
        r"depth|in.depth|deep(?:er)? (?:understanding|knowledge|dive)|fundamentals|under the hood"
        r"|grasp of|thinner|shallow|how (?:it|things) work"
        r"|technical (?:knowledge|understanding|detail)|surface|tiefe|fachwissen|grundlagen"
        r"|profondeur|connaissances techniques|profundidad|conocimientos t[ée]cnicos"
        r"|profundidade|profondità|diepgang|dieper|głęb|djup|dybde|en surface|aller plus loin"
        r"|conhecimento técnico|conoscenze tecniche",
    ),
    "behavioural": re.compile(
        r"behaviou?ral|\bstar\b|examples? (?:from|of a time)|past (?:experience|situations)|situational"
        r"|a time (?:when|something)|conflict|values interview|hypothetical|real situation"
        r"|your examples|situations concr[èe]tes"
        r"|stories|story|verhaltens|situations vécues|exemples? concrets?|situaciones|ejemplos concretos"
        r"|preguntas de comportamiento|comportamental"
        r"|comportementa|comportamentale|gedragsvra|voorbeelden|exemplos|esempi"
        r"|behawioraln|przykład|beteende|exempel|adfærd|eksempler",
    ),
    "communication": re.compile(
        r"communicat|articulat|explain|structure (?:your|of your) answers|clarity|concise|rambl"
        r"|kommunikation|erklär|communication|expliqu|explication|comunicaci[óo]n|explicar|explicaci"
        r"|comunicação|comunicazione|communicatie|komunikacj|kommunikation|spiega|uitleg|wyjaśni"
        r"|förklar|forklar|linha de raciocínio|ragionamento"
        # answers that wander or bury the point (23 November, second session)
        r"|hard to follow|to the point|long.winded|(?:answers?|responses?) (?:ran|went on|were|was)"
        r" (?:\w+ )?(?:too |really |quite |very )?long|lead(?:ing)? with (?:the|your) (?:answer|conclusion"
        r"|recommendation)|present(?:ing|ed)? (?:your )?findings",
    ),
    "questions_to_ask": re.compile(
        r"questions? (?:for|to ask|at the end|about the (?:role|team|company))|no questions"
        r"|didn'?t (?:have|ask) (?:any )?questions|fragen (?:an uns|gestellt|zu stellen)"
        r"|keine fragen|questions? à (?:nous )?poser|pas de questions|preguntas (?:para|al final)"
        r"|ninguna pregunta|sin preguntas"
        r"|pas (?:vraiment |beaucoup )?de questions|perguntas|domande|geen vragen"
        r"|vragen (?:aan|voor) ons|pytań|pytania|frågor|spørgsmål",
    ),
    "composure": re.compile(
        r"nerv|composure|under (?:time )?pressure|anxious|flustered|stress|calm|confidence|confident"
        r"|footing|defensive|rattled|froze|freeze|got harder|when challenged|panick|d[ée]stabilis"
        r"|aufgeregt|nervös|ruhe|gelassen|stress|nerveu|sang.froid|nervios|calma|presi[óo]n"
        r"|gespannen|zenuw|nervos|ansios|pressão|pressione|ansia|zdenerwowan|presj|nervøs|\bpress\b|\bpres\b",
    ),
    "experience_level": re.compile(
        r"(?:years|level) of (?:hands-on )?experience|more experience|enough experience"
        r"|experience (?:with|in)|managing people|people management|track record"
        r"|seniority|too junior|more senior|hands.on experience|exposure to|berufserfahrung"
        r"|erfahrung|exp[ée]rience|experiencia|seniorit"
        r"|experiência|esperienza|ervaring|doświadczeni|erfarenhet|erfaring"
        r"|someone who (?:has|had) already (?:worked|done|led|run|managed|shipped)",
    ),
    "collaboration": re.compile(
        r"collaborat|teamwork|team.?player|working with others|stakeholder|cross.functional"
        r"|across teams|with other teams|working together|ownership across"
        r"|zusammenarbeit|teamfähig|travail d'équipe|collaboration|trabajo en equipo|colaboraci"
        r"|cooperat|work(?:s|ed|ing)? (?:together|alongside|with (?:others|the team|other))"
        r"|group (?:exercise|case|task|discussion|activity)|push(?:ed|ing)? back|disagree"
        r"|bring(?:ing)? (?:others|people) along|coordinat|pairing partner|your pair\b"
        r"|kooperation|coopérat|coordinación|cooperaci"
        r"|colaboração|trabalho em equipe|lavoro di squadra|samenwerk|współprac|samarbet|samarbejd",
    ),
    "cv_positioning": re.compile(
        r"\bcv\b|r[ée]sum[ée]|portfolio|cover letter|how you present|positioning|presented your"
        r"|your application didn|application (?:didn|did not)|highlight"
        r"|lebenslauf|anschreiben|lettre de motivation|curr[íi]culum|carta de presentaci"
        r"|curr[íi]culo|sollicitatiebrief|personligt brev|motivatiebrief|lettera di presentazione",
    ),
}
_WEAKNESS = re.compile(
    r"lack|lacked|lacking|missing|needed (?:more|to)|need(?:s|ed)? (?:more|to)|could (?:have|be)"
    r"|would (?:have )?(?:liked|wanted|expected)|wanted (?:more|to see)|not (?:enough|quite|as)"
    r"|wasn'?t|weren'?t|didn'?t|did not|struggl|weak|improv|work on|room for|gap|short of|too "
    r"|felt (?:that|like)?|less |fell short|held (?:you )?back|concern|unclear|difficult|hard to"
    r"|more (?:depth|structure|detail|examples|rigou?r|concrete)|rather than|instead of"
    r"|limited|superficial|vague|generic|beyond|however|but\b|unfortunately|hesitat"
    r"|fehlt|fehlte|mangel|zu wenig|nicht (?:genug|ausreichend)|verbesser|schwäch|hätten"
    r"|manqu|insuffisan|pas assez|am[ée]liorer|trop |aurions|faible"
    r"|falt[óa]|faltaba|insuficiente|no (?:fue|era|suficiente)|mejorar|demasiado|d[ée]bil"
    r"|few |footing|flustered|defensive|thin|hypothetical|don'?t yet|hard to|fell"
    r"|nervous|anxious|rattled|panick|nerveu|nervios|nervös|difficile|dif[íi]cil|schwer"
    # pt, it, nl, pl, sv, da (23 November)
    r"|faltou|faltava|genéric|não (?:deixa|ficou|foi)|pouco|poderia|precisa|melhorar|fraco"
    r"|manca|mancava|poco|troppo|generic|migliorar|debole|avrebbe|non (?:è|era) (?:chiar|sufficient)"
    r"|ontbr|te weinig|niet (?:genoeg|duidelijk)|zwak|verbeter|moeite|hints|lastig"
    r"|brak|za mało|słab|popraw|niewystarczaj|trudno|saknade|saknas|för lite|svag|förbättra"
    r"|inte tillräck|otydlig|manglede|mangler|for lidt|forbedre|ikke tilstrækkelig|uklar"
    r"|en surface|restées|aller plus loin|pas vraiment|gespannen|zenuw|nervos|ansios|zdenerwowan|nervøs"
    # "let you down", "stayed general"; a negated verb in es/fr ("no manejaba", "n'avez pas")
    r"|let (?:you|him|her|them|us) down|(?:stayed|remained|were|was) (?:too |quite |rather )?general"
    r"|\bno (?:manej|escrib|detect|consider|explic|profundiz|demostr|mostr|cubri|lleg|pudi)"
    r"|n'(?:avez|as|a|ont|était) pas|ne (?:\w+ ){1,2}pas\b",
)
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")
#: "but" in eleven languages: where praise turns to criticism inside one sentence
_BUT = re.compile(
    r",?\s+(?:but|however|though|whereas|aber|jedoch|mais|cependant|pero|sin embargo|però|maar|porém)\s+"
    # words that are also other words ("ma" is Polish "has", "mas" Spanish "more"): after a comma
    r"|,\s+(?:ma|mas|ale|men|doch|dock)\s+"
)
#: a sentence that opens by conceding something ("Although your coding was strong, ...")
_CONCEDING = re.compile(
    r"^\s*(?:although|though|while|whilst|even though|despite|obwohl|zwar|bien que|même si|aunque"
    r"|si bien|anche se|sebbene|hoewel|embora|apesar de|chociaż|även om|selv om)\b[^,]{3,}?,\s*"
)


def _topics_in(clause: str) -> set[str]:
    return {topic for topic, pattern in _TOPIC_CUES.items() if pattern.search(clause)}


def _weak_topics(sentence: str) -> set[str]:
    """The topics one sentence names as a weakness.

    A sentence that turns on "but" ("your coding was strong, but system design lacked depth")
    praises one side and criticises the other: the topics of the critical side count, and those of
    the praised side only when it carries a weakness word of its own. When the critical side names
    no topic ("the coding was fine but slow"), its criticism is of the other side's topic.
    ("yet" is no "but" here: "you don't yet have enough experience")."""
    conceded = _CONCEDING.match(sentence)
    if conceded:
        praised, critical = sentence[: conceded.end()], sentence[conceded.end():]
    else:
        parts = _BUT.split(sentence, maxsplit=1)
        if len(parts) == 1:
            return _topics_in(sentence) if _WEAKNESS.search(sentence) else set()
        praised, critical = parts
    named = _topics_in(critical)
    if not named:
        return _topics_in(praised)
    # the side after "but" is the criticism, weakness word or not ("... but the implementation
    # was messy")
    return named | _topics_in(praised) if _WEAKNESS.search(praised) else named


def topic_cues(text: str) -> tuple[str, ...]:
    """Feedback topics that ``text`` (any case) names as a weakness, in TOPICS order (phrase
    patterns, lower case, searched in the lower-cased text)."""
    found: set[str] = set()
    for sentence in _SENTENCE.split(text.lower()):
        # only sentences that say something was missing or weak name a topic (praise names none)
        if len(sentence) >= 12:
            found |= _weak_topics(sentence)
    return tuple(t for t in TOPICS if t in found)
