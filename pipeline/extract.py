"""Company, feedback topics and outside-control reasons of one message.

``extract_company`` is rule based: candidates come from the sender's display name, subject patterns,
body phrases ("your application to X", "bei X", "chez X", ...), "the X team" sign-offs and the
sender domain (unless it is an ATS relay or a free-mail host, see ``pipeline.companies``); each
source adds evidence and the best-supported name wins. Generic sender names ("Talent Team") and ATS
names are never returned.

``reason_cues`` finds explicitly stated rejection reasons with multilingual phrase patterns; the
classifier (``pipeline.classify``) combines them with its own per-reason scores. Topics come from
the model alone (their phrasing varies too much for patterns).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from pipeline.companies import (
    ATS_NAMES,
    SENDER_SUFFIXES,
    is_generic_name,
    is_relay_domain,
)
from pipeline.features import MessageContent
from pipeline.records import OUTSIDE_CONTROL, ParsedMessage

_UP = "A-ZÄÖÜÉÈÊÀÁÂÍÓÚÑÇÅØÆ0-9"
_TOKEN = rf"[{_UP}][\w'’.&+-]*"
_JOIN = r"(?:[ \t]+(?:&|\+|of|de|du|des|del|la|für|San|St\.)[ \t]+|[ \t]+|-)"
#: a capitalised name of one to five words ("Calder & Finch", "Banque du Rivage")
NAME = rf"(?P<name>{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,4}})"
# a name that may also be written in lower case (brand names like "fernway"): used only where the
# surrounding phrase is unambiguous
_LOOSE = r"(?P<name>[\w][\w'’.&+-]*(?:\s+[\w][\w'’.&+-]*){0,3})"

# phrases after which the employer's name follows, across en/de/fr/es
_BODY_TRIGGERS = (
    r"(?:applying|applied|application|apply) (?:to|with|at|for (?:a|the) (?:role|position|job) at)",
    r"(?:interest|interested) in (?:joining |working (?:at|for|with) )?",
    r"(?:position|role|opportunity|opening|job|vacancy|career|team|interview|offer|internship) (?:at|with)",
    r"(?:join|joining|here at|on behalf of|welcome to|offer from|offer of employment (?:from|with))",
    r"(?:everyone|all of us|we) at",
    r"(?:bewerbung|interesse|interview|gespräch|vorstellungsgespräch|stelle|position|angebot) (?:bei|an|für)",
    r"(?:bei|für die)",
    r"(?:candidature|intérêt|entretien|poste|offre|stage) (?:chez|à|au sein de|pour|pour rejoindre)",
    r"(?:chez|au sein de|rejoindre)",
    r"(?:candidatura|interés|entrevista|puesto|oferta|posición) (?:en|a|para|con|de)",
    r"(?:unirte a|unirse a|formar parte de)",
)
_BODY_PATTERNS = [re.compile(rf"\b{t}\s+{NAME}", re.UNICODE) for t in _BODY_TRIGGERS]
_TEAM_PATTERNS = [
    re.compile(rf"(?:^|\n)\s*(?:[Tt]he\s+)?{NAME}\s+(?:{_s})\s*$", re.MULTILINE)
    for _s in (
        r"(?:Talent Acquisition|Recruiting|Recruitment|Hiring|People|Careers|HR|Talent)?\s*Team",
        r"Talent Acquisition|Recruiting|Recruitment|Careers|Human Resources|HR",
    )
] + [
    re.compile(
        rf"(?:^|\n)\s*(?:[Dd]as|[Ii]hr)\s+{NAME}[\s-]+(?:Team|Recruiting-Team|Recruiting)\s*$",
        re.MULTILINE,
    ),
    re.compile(
        rf"(?:^|\n)\s*[Ll]'[ée]quipe\s+(?:(?:de\s+)?recrutement\s+(?:de\s+|d')?)?{NAME}\s*$",
        re.MULTILINE,
    ),
    re.compile(
        rf"(?:^|\n)\s*[Ee]l equipo (?:de (?:selección|talento|recursos humanos|RRHH) )?de\s+{NAME}\s*$",
        re.MULTILINE,
    ),
]
_SUBJECT_PATTERNS = [
    re.compile(rf"\b(?:at|with|to|from|bei|chez|en|à|für|con|para)\s+{NAME}\s*(?:[-–—|:!.(]|$)"),
    re.compile(rf"^\s*{NAME}\s*(?:[|:–—]|\s-\s)"),
    re.compile(rf"(?:[|–—]|\s-\s)\s*{NAME}\s*$"),
]
_STOP_CANDIDATES = frozenset(
    """
    we i you our your my us thank thanks hi hello dear unfortunately regards best the this that a an
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today tomorrow next week re fw fwd aw wg
    application interview offer update feedback position role job candidate next steps invitation
    senior junior engineer developer manager analyst designer software product data lead staff
    sie wir ihre ihr ihnen vielen dank hallo liebe lieber guten tag nous vous votre merci bonjour
    madame monsieur nosotros usted su gracias hola estimado estimada le la les el los las un una
    accepted declined upcoming reminder erinnerung rappel recordatorio status invitation einladung
    updated new action required urgent important google calendar zoom outlook microsoft teams
    """.split()
)


def _clean_candidate(raw: str) -> str | None:
    name = raw.strip(" \t.,;:!?\"'()[]-–—|")
    name = re.sub(r"['’]s$", "", name)
    name = re.sub(r"^(?:[Tt]he|[Dd]as|[Ll]a|[Ll]e|[Ee]l)\s+", "", name)
    lowered = name.lower()
    changed = True
    while changed:
        changed = False
        for suffix in SENDER_SUFFIXES:
            if lowered.endswith(" " + suffix):
                name = name[: -len(suffix) - 1].rstrip(" -|,")
                lowered = name.lower()
                changed = True
    if not name or len(name) > 60:
        return None
    words = name.split()
    if words[0].lower().strip(".,'") in _STOP_CANDIDATES:
        return None
    if all(w.lower().strip(".,'") in _STOP_CANDIDATES for w in words):
        return None
    if is_generic_name(name) or lowered in ATS_NAMES:
        return None
    if re.fullmatch(r"[\d\W_]+", name):
        return None
    return name


def _compact(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in folded if not unicodedata.combining(ch)))


def _domain_label(addr: str) -> str | None:
    """The employer-looking label of an address's domain ('northwind-health' of careers@...)."""
    if "@" not in addr:
        return None
    domain = addr.rsplit("@", 1)[1].lower()
    if not domain or is_relay_domain(domain):
        return None
    parts = [p for p in domain.split(".") if p]
    if len(parts) < 2:
        return None
    # skip country second levels: northwind.co.uk -> northwind
    core = (
        parts[-3]
        if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "ac", "gov")
        else parts[-2]
    )
    if core in ("mail", "email", "jobs", "careers", "hr", "recruiting", "notifications"):
        return None
    return core


def _display_candidates(
    name: str, from_addr: str, content: MessageContent
) -> list[tuple[str, float]]:
    """Employer candidates of a display name with weights ('Priya at Northwind' -> 'Northwind')."""
    name = " ".join(name.replace('"', " ").split())
    if not name or "@" in name:
        return []
    name = re.split(r"\s+(?:via|through|über|par|vía)\s+", name, maxsplit=1, flags=re.I)[0]
    behalf = re.split(
        r"\s+(?:on behalf of|for|im auftrag von|pour|para)\s+", name, maxsplit=1, flags=re.I
    )
    if len(behalf) == 2:  # "SmartRecruit on behalf of Northwind"
        return [(behalf[1], 3.0)]
    paren = re.search(r"\(([^()]+)\)", name)
    if paren:  # "Jess Underwood (Vesper)"
        return [(paren.group(1), 3.0)]
    at = re.split(r"\s+(?:at|@|from|bei|chez|de la|de|en)\s+", name, maxsplit=1)
    if len(at) == 2:  # "<person> at <company>": the second part is the employer
        return [(at[1], 3.0)]
    pieces = [p for p in re.split(r"\s*[|–—]\s*|\s+-\s+|,\s*", name) if p]
    out = []
    for piece in pieces[:3]:
        cleaned = _clean_candidate(piece)
        if cleaned and not _looks_like_person(cleaned, from_addr, content):
            out.append((cleaned, 2.5))
    return out


_ORG_WORD = re.compile(
    r"\b(?:labs?|health|bank|group|systems|software|capital|partners|inc|ltd|llc|gmbh|ag|sa|sas|sl"
    r"|co|corp|company|studios?|works|foods|energy|insurance|clinic|hospital|school|university"
    r"|college|media|digital|analytics|logistics|consulting|solutions|technologies|tech|ai)\b",
    re.IGNORECASE,
)


def _looks_like_person(name: str, from_addr: str, content: MessageContent) -> bool:
    """A display name that is a person: their name parts form the address, or they sign the mail
    with their first name alone."""
    words = name.split()
    if not 1 <= len(words) <= 3 or _ORG_WORD.search(name) or "&" in name:
        return False
    chunks = [_compact(c) for c in re.split(r"[._+-]", from_addr.split("@", 1)[0]) if c]
    whole = _compact(name)
    if whole in chunks or (chunks and len(words) == 1 and whole in "".join(chunks)):
        return False  # "jubileetransit@", "noreply.coastlineclinics@" name the organisation
    tokens = [_compact(w) for w in words]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        if any(len(t) >= 3 and t in chunks for t in tokens):
            return True  # priya.marsh@
        joined = "".join(chunks)
        if joined and (tokens[0][:1] + tokens[-1] == joined or whole == joined):
            return True  # pmarsh@, priyamarsh@
    # "Priya" alone signing a mail sent as "Priya Marsh": a person's first name as a line of its own
    tail = content.signature + "\n" + "\n".join(content.body.splitlines()[-4:])
    return len(words) >= 2 and bool(
        re.search(rf"(?:^|\n)\s*{re.escape(words[0])}\s*(?:\n|$)", tail)
    )


def extract_company(parsed: ParsedMessage, content: MessageContent) -> str | None:
    """The employer the message is about, as a person would name it, or None."""
    scores: dict[str, float] = defaultdict(float)
    spelled: dict[str, str] = {}
    strong: set[str] = set()

    def add(raw: str, weight: float) -> None:
        name = _clean_candidate(raw)
        if name is None:
            return
        key = _compact(name)
        if not key:
            return
        scores[key] += weight
        if weight > 1.0:
            strong.add(key)
        # keep the spelling seen with the most capitals / longest, consistently
        if key not in spelled or len(name) > len(spelled[key]):
            spelled[key] = name

    display = _display_candidates(parsed.from_name, parsed.from_addr, content)
    for part, weight in display:
        add(part, weight)
    for i, pattern in enumerate(_SUBJECT_PATTERNS):
        for m in pattern.finditer(content.subject):
            # a bare "X: ..." subject start is weak evidence ("Reminder: ...", "Accepted: ...")
            add(m.group("name"), 1.0 if i == 1 else 2.0)
    text = content.body[:4000]
    for pattern in _BODY_PATTERNS:
        for m in pattern.finditer(text):
            add(m.group("name"), 1.5)
    tail = content.signature + "\n" + text[-600:]
    for pattern in _TEAM_PATTERNS:
        for m in pattern.finditer(tail):
            add(m.group("name"), 2.0)

    labels = [lab for lab in (_domain_label(parsed.from_addr),) if lab]
    to_labels = [lab for lab in (_domain_label(a) for a in parsed.to_addrs) if lab]
    whole = f"{content.subject}\n{text}\n{content.signature}"
    # a person writing from a recruitment agency's domain writes about a client, not the agency
    agency = (
        [lab for lab in labels if _AGENCY.search(lab)] if parsed.from_name and not display else []
    )
    for key in list(scores):
        if key not in strong:
            # a bare "X: ..." subject start alone is not evidence ("Reminder: ...", "Accepted: ...")
            if not any(lab in key or key in lab for lab in labels + to_labels):
                del scores[key]
                continue
        if any(lab in key or key in lab for lab in agency):
            scores[key] -= 5.0  # a recruitment agency writes about its client, not itself
            continue
        mentions = len(re.findall(re.escape(spelled[key]), whole))
        scores[key] += min(mentions, 3) * 0.5
        for lab in labels:
            if lab in key or key in lab:
                scores[key] += 3.0
        for lab in to_labels:
            if lab in key or key in lab:
                scores[key] += 2.0

    if not scores or max(scores.values()) <= 0:
        # last resort: an employer-looking sender (or, in sent mail, recipient) domain
        for lab in [x for x in labels + to_labels if x not in agency]:
            found = _find_spelling(lab, whole)
            if found:
                return found
        return None
    # prefer candidates that are not merely part of a longer candidate ("Northwind" vs
    # "Northwind Health") only when the longer one has at least as much evidence
    best = max(scores, key=lambda k: (scores[k], len(k)))
    if scores[best] < 1.5:
        return None  # one weak hint only (a subject start word): better no company than a wrong one
    return spelled[best]


_AGENCY = re.compile(r"search|recruit|staffing|talent|people|headhunt|personalberatung|executive")


def _find_spelling(label: str, text: str) -> str | None:
    """A capitalised sequence in ``text`` whose compact form is the domain label."""
    for m in re.finditer(NAME, text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            if _compact(cand) == _compact(label):
                return cand
    return None


# ---------------------------------------------------------------------------------------------
# Rejection reasons stated outright (en/de/fr/es)

_REASON_CUES: dict[str, re.Pattern[str]] = {
    "role_filled": re.compile(
        r"(?:position|role|vacancy|job|opening)\s+(?:has|had|have)\s+(?:now\s+|already\s+)?been\s+filled"
        r"|(?:we|they)\s+(?:have|'ve)\s+(?:now\s+|already\s+)?filled\s+(?:the|this)\s+(?:position|role)"
        r"|filled\s+(?:the|this)\s+(?:position|role|vacancy)|(?:role|position) is (?:now |already )?filled"
        r"|accepted (?:an|our) offer|stelle\s+(?:wurde\s+)?(?:bereits\s+)?(?:anderweitig\s+)?besetzt"
        r"|bereits besetzt|poste\s+(?:a\s+(?:d[ée]j[àa]\s+)?)?[ée]t[ée]\s+pourvu|poste est pourvu"
        r"|d[ée]j[àa] pourvu|puesto\s+(?:ya\s+)?(?:ha\s+sido|fue|est[áa])\s+cubierto|ya (?:ha sido )?cubierto",
        re.IGNORECASE,
    ),
    "budget_freeze": re.compile(
        r"budget|hiring freeze|freeze on (?:hiring|recruitment)|headcount|funding"
        r"|einstellungsstopp|haushalt|gel des (?:embauches|recrutements)|contraintes budg[ée]taires"
        r"|congelaci[óo]n de (?:contrataciones|plantilla)|presupuest",
        re.IGNORECASE,
    ),
    "closer_fit": re.compile(
        r"more closely (?:match|align|fit)|closer (?:match|fit)|better (?:match|fit|suited|aligned)"
        r"|(?:align|match)(?:es|ed)? more closely|more (?:directly )?relevant experience"
        r"|besser (?:passen|passt|geeignet)|n[äa]her an (?:unseren|den) anforderungen"
        r"|correspond(?:ent|ait)? (?:davantage|mieux)|plus (?:proche|adapt[ée])"
        r"|se ajusta(?:n|ba)? m[áa]s|encaja(?:n|ba)? mejor|m[áa]s cercan[oa]|mejor (?:encaje|ajuste)",
        re.IGNORECASE,
    ),
    "level_mismatch": re.compile(
        r"more (?:senior|junior|experienced)|someone (?:more )?(?:senior|junior)|(?:seniority|level) (?:we|that)"
        r"|(?:over|under)[- ]?qualified|different (?:level|seniority)|at a (?:more )?(?:senior|junior) level"
        r"|erfahrener|mehr (?:berufs)?erfahrung|senioriteit|seniorit[äa]t"
        r"|plus (?:s[ée]nior|junior|exp[ée]riment[ée])|profil plus|m[áa]s (?:s[ée]nior|junior|experiencia|experimentad)",
        re.IGNORECASE,
    ),
    "role_cancelled": re.compile(
        r"(?:position|role|opening|requisition|vacancy)\s+(?:has\s+been|was|is\s+being)\s+"
        r"(?:cancel+ed|closed|withdrawn|eliminated|put on hold|paused|removed)"
        r"|(?:cancel+ed|closed|withdrawn|eliminated|paused)\s+(?:the|this)\s+(?:position|role|opening|requisition)"
        r"|no longer (?:hiring|recruiting) for|not (?:be )?(?:moving forward with|filling) (?:the|this) (?:role|position)"
        r"|stelle\s+(?:wurde\s+)?(?:gestrichen|zurückgezogen|storniert)|nicht (?:mehr )?(?:neu )?besetzt"
        r"|poste\s+(?:a\s+[ée]t[ée]\s+)?(?:annul[ée]|supprim[ée]|gel[ée])"
        r"|puesto\s+(?:ha\s+sido\s+|fue\s+)?(?:cancelad|eliminad|congelad)",
        re.IGNORECASE,
    ),
}


def reason_cues(text: str) -> tuple[str, ...]:
    """Rejection reasons whose typical phrasing occurs in ``text``, in OUTSIDE_CONTROL order."""
    return tuple(r for r in OUTSIDE_CONTROL if _REASON_CUES[r].search(text))
