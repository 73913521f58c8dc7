"""Companies and threads across messages: which employer each stored message belongs to.

The digest counts companies, not messages, so the same employer must get the same key however it
is written ("ACME, Inc.", "Acme Careers", "acme") and wherever its mail comes from (its own domain,
an ATS relay, a recruiter's reply). Three sources decide, in this order:

1. the classifier's ``company`` (``classifications.company``), normalised by ``company_key``;
2. the thread: Message-ID / In-Reply-To / References join messages into conversations, and a
   message without a company takes the company of the other messages in its conversation;
3. the sender's organisation domain (``acme.com`` of ``jane@mail.acme.com``), unless it is an ATS
   relay, job board, mail service or free-mail host (``pipeline.companies.is_relay_domain``): mapped
   to the company most often seen from that domain, else to the domain's own name.

Keys seen from the same employer domain where one key extends the other ("northwind" and
"northwindhealth") are merged; a recruiting agency's domain that carries many clients is not.

The candidate's own mail (the Sent folder, or any message from an address in ``[digest] me``) is
linked the other way round: thread first, then the recipients' domains, then the classifier.

``fuller_names`` does the naming half of this for ``jobmail classify``, which has no database: a
one-word company name in one message ("Paperbark", or a domain's run-together "Caisseboreale")
takes the fuller spelling that another message of the same thread or organisation gives.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from pipeline.companies import ATS_NAMES, is_generic_name, is_relay_domain, owner_label_index

#: Legal-form words dropped from the end of a company name (also "GmbH & Co. KG" piecewise).
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    """
    inc incorporated corp corporation co company companies ltd limited llc llp lp plc pllc gmbh
    mbh ag kg kgaa ug se sa sas sasu sarl eurl sl slu srl spa sapa bv nv vof oy oyj ab asa as aps
    pty pte kk gk bhd sdn sro spzoo zrt kft nyrt
    """.split()
)
#: Words also dropped from the comparison key (but kept in a displayed name): "Acme Group" is Acme.
KEY_ONLY_SUFFIXES: frozenset[str] = frozenset(
    {"holding", "holdings", "group", "international", "intl"}
)
#: Words that turn a company name into a sender name ("Acme Careers", "Acme Talent Team").
SENDER_WORDS: frozenset[str] = frozenset(
    """
    careers career jobs job recruiting recruitment recruiter recruiters talent acquisition team
    hiring people hr humanresources notifications noreply no-reply karriere recrutement talents
    rrhh empleo
    """.split()
)
#: Multi-word sender tails removed as a whole before word-wise trimming.
_SENDER_TAILS: tuple[str, ...] = ("human resources", "people and culture", "people & culture")
_DOC_DOMAINS = frozenset({"example.com", "example.org", "example.net"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case without accents ("Société" -> "societe"), "&" read as "and"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().replace("&", " and ")


def _core_words(name: str) -> list[str]:
    """The words of a company name with sender words, legal suffixes and a leading 'the' removed."""
    text = _fold(name)
    for tail in _SENDER_TAILS:
        text = text.replace(tail, " ")
    # "a.b.c" style abbreviations and "Acme, Inc." punctuation: dots vanish, other marks split
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)
    words = [w.replace("’", "").replace("'", "") for w in _WORD.findall(text)]
    while words and words[0] in ("the", "via"):
        words = words[1:]
    while len(words) > 1 and (
        words[-1] in LEGAL_SUFFIXES
        or words[-1] in SENDER_WORDS
        or words[-1] in KEY_ONLY_SUFFIXES
        or words[-1] == "and"
    ):
        words = words[:-1]
    return words


def company_key(name: str | None) -> str | None:
    """The comparison key of a company name, or None when it names no employer.

    Case, accents, punctuation, spacing, legal forms (Inc, GmbH, Ltd, LLC, SA, ...) and sender
    words ("Careers", "Recruiting", "Talent Team") do not matter: ``company_key("ACME, Inc.") ==
    company_key("Acme Careers") == "acme"``. Generic sender names ("Talent Acquisition Team") and
    ATS names ("Greenhouse") give None.
    """
    if not name or not name.strip():
        return None
    if is_generic_name(name):
        return None
    words = _core_words(name)
    if not words or (len(words) == 1 and (words[0] in SENDER_WORDS or words[0] in LEGAL_SUFFIXES)):
        return None
    key = "".join(words)
    if key in ATS_NAMES:
        return None
    return key


def display_company(name: str) -> str:
    """A company name as a person would write it: legal and sender suffixes cut, case kept."""
    tokens = name.replace(",", " ").split()
    while tokens and tokens[0].lower() in ("the", "via"):
        tokens = tokens[1:]
    while len(tokens) > 1:
        last = _fold(tokens[-1]).strip(".()")
        last = re.sub(r"[^\w]", "", last)
        if last in LEGAL_SUFFIXES or last in SENDER_WORDS or last in ("and", ""):
            tokens = tokens[:-1]
            continue
        if len(tokens) > 2 and _fold(" ".join(tokens[-2:])) in _SENDER_TAILS:
            tokens = tokens[:-2]
            continue
        break
    return " ".join(tokens).strip(" -|,.") or name.strip()


def domain_of(addr: str | None) -> str | None:
    """The domain of an address, lower case, or None."""
    if not addr or "@" not in addr:
        return None
    domain = addr.rsplit("@", 1)[1].strip().strip(">").lower().strip(".")
    return domain or None


def org_domain(addr_or_domain: str | None) -> str | None:
    """The registrable domain of an employer ("acme.co.uk" of "jobs.mail.acme.co.uk").

    None for ATS relays, job boards, mail services and free-mail hosts: their domain says nothing
    about the employer.
    """
    if not addr_or_domain:
        return None
    domain = domain_of(addr_or_domain) if "@" in addr_or_domain else addr_or_domain.lower()
    if not domain:
        return None
    parts = [p for p in domain.split(".") if p]
    # Documentation domains (RFC 2606) stand in for real employers as "acme.example.com": the
    # label before them is the organisation, while a bare "example.com" says nothing.
    if len(parts) >= 3 and ".".join(parts[-2:]) in _DOC_DOMAINS:
        org = ".".join(parts[-3:])
        return None if is_relay_domain(parts[-3] + ".com") else org
    if is_relay_domain(domain):
        return None
    if len(parts) < 2:
        return None
    return ".".join(parts[owner_label_index(parts) :])


def domain_key(domain: str) -> str | None:
    """The company key a domain spells on its own ("northwind-health.com" -> "northwindhealth")."""
    label = domain.split(".")[0]
    if label in ("mail", "email", "jobs", "careers", "hr", "recruiting", "notifications"):
        return None
    return company_key(label)


@dataclass(frozen=True)
class Mail:
    """One stored message as linking and the digest see it. ``when`` is aware (UTC)."""

    key: str
    ident: str
    sent: bool
    when: datetime
    from_addr: str = ""
    from_name: str = ""
    to_addrs: tuple[str, ...] = ()
    cc_addrs: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    subject: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    labels: frozenset[str] = frozenset()
    company: str | None = None
    topics: tuple[str, ...] = ()
    outside_control: tuple[str, ...] = ()
    needs_review: bool = False

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to_addrs + self.cc_addrs


class Addressed(Protocol):
    """What ``fuller_names`` reads of a message (``ParsedMessage`` and ``Mail`` both have it)."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str
    reply_to: tuple[str, ...]
    to_addrs: tuple[str, ...]
    cc_addrs: tuple[str, ...]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller name wins, so roots do not depend on insertion order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def thread_ids(mails: Sequence[Mail]) -> dict[str, str]:
    """msg key -> conversation id, joining Message-ID, In-Reply-To and References."""
    uf = _UnionFind()
    for m in mails:
        node = "id:" + (m.message_id or m.key)
        uf.find(node)
        for other in _answered(m):
            uf.union(node, other)
    return {m.key: uf.find("id:" + (m.message_id or m.key)) for m in mails}


def _answered(m: Addressed) -> list[str]:
    """The thread nodes of the messages ``m`` answers or cites (In-Reply-To, References)."""
    return ["id:" + other for other in (m.in_reply_to, *m.references) if other]


@dataclass
class Links:
    """The result of ``link``: companies, names, addresses and threads of a set of messages."""

    thread: dict[str, str]
    company: dict[str, str | None]
    names: dict[str, str]
    addresses: dict[str, set[str]] = field(default_factory=dict)
    domains: dict[str, set[str]] = field(default_factory=dict)
    _address_owners: dict[str, set[str]] = field(default_factory=dict)

    def name(self, ckey: str | None) -> str:
        """Display name of a company key."""
        if ckey is None:
            return "(unknown company)"
        return self.names.get(ckey, ckey)

    def same_thread(self, a: Mail, b: Mail) -> bool:
        return self.thread.get(a.key) == self.thread.get(b.key)

    def addressed_to(self, m: Mail, ckey: str) -> bool:
        """True when one of ``m``'s recipients is the company's address or at the company's domain.

        An exact address counts only when it belongs to this company alone (an ATS
        ``no-reply@`` serving many employers proves nothing); a domain counts when mail from that
        company came from it, or when the domain's name is the company's key.
        """
        for addr in m.recipients:
            owners = self._address_owners.get(addr)
            if owners == {ckey}:
                return True
            dom = org_domain(addr)
            if dom is None:
                continue
            if dom in self.domains.get(ckey, set()):
                return True
            if domain_key(dom) == ckey:
                return True
        return False

    def from_company(self, m: Mail, ckey: str) -> bool:
        """True when ``m`` is linked to the company, or was sent from its address or domain."""
        if self.company.get(m.key) == ckey:
            return True
        if self._address_owners.get(m.from_addr) == {ckey}:
            return True
        dom = org_domain(m.from_addr)
        return dom is not None and (dom in self.domains.get(ckey, set()) or domain_key(dom) == ckey)


def link(mails: Sequence[Mail]) -> Links:
    """Give every message a company key (or None) and build the address and domain book."""
    thread = thread_ids(mails)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    own: dict[str, str | None] = {}
    for m in mails:
        k = company_key(m.company)
        own[m.key] = k
        if k is not None:
            spellings[k][display_company(m.company or "")] += 1

    # employer domains seen with each classifier key, from the employer's side only
    domain_keys: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mails:
        if m.sent or own[m.key] is None:
            continue
        for addr in (m.from_addr, *m.reply_to):
            dom = org_domain(addr)
            if dom:
                domain_keys[dom][own[m.key]] += 1  # type: ignore[index]
    merge = _merge_map(domain_keys, spellings)

    def canon(k: str | None) -> str | None:
        return merge.get(k, k) if k is not None else None

    company: dict[str, str | None] = {m.key: canon(own[m.key]) for m in mails}
    by_thread: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mails:
        c = company[m.key]
        if c is not None and not m.sent:
            by_thread[thread[m.key]][c] += 1
    domain_company = {d: canon(c.most_common(1)[0][0]) for d, c in domain_keys.items()}

    for m in mails:
        if m.sent:
            company[m.key] = _sent_company(m, thread, by_thread, domain_company) or company[m.key]
            continue
        if company[m.key] is not None:
            continue
        in_thread = by_thread.get(thread[m.key])
        if in_thread:
            company[m.key] = _most_common(in_thread)
            continue
        dom = org_domain(m.from_addr)
        if dom:
            company[m.key] = domain_company.get(dom) or domain_key(dom)
            if company[m.key] and company[m.key] not in spellings:
                spellings[company[m.key]][_pretty_domain(dom)] += 1  # type: ignore[index]

    names: dict[str, str] = {}
    merged_spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for k, counter in spellings.items():
        merged_spellings[canon(k) or k].update(counter)
    for k, counter in merged_spellings.items():
        # most used spelling; ties go to the alphabetically first, so output is stable
        names[k] = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    addresses: dict[str, set[str]] = defaultdict(set)
    domains: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mails:
        c = company[m.key]
        if c is None or m.sent:
            continue
        for addr in (m.from_addr, *m.reply_to):
            if not addr:
                continue
            addresses[c].add(addr)
            owners[addr].add(c)
            dom = org_domain(addr)
            if dom and domain_company.get(dom) == c:
                domains[c].add(dom)
    return Links(thread, company, names, dict(addresses), dict(domains), dict(owners))


def _merge_map(
    domain_keys: dict[str, Counter[str]], spellings: dict[str, Counter[str]]
) -> dict[str, str]:
    """Keys to merge: seen from one employer domain and one a prefix of the other."""
    uf = _UnionFind()
    for counter in domain_keys.values():
        keys = sorted(counter)
        for a in keys:
            for b in keys:
                if a != b and b.startswith(a):
                    uf.union("k:" + a, "k:" + b)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in spellings:
        groups[uf.find("k:" + k)].append(k)
    merge: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        best = sorted(members, key=lambda k: (-sum(spellings[k].values()), len(k), k))[0]
        for k in members:
            merge[k] = best
    return merge


def _sent_company(
    m: Mail,
    thread: dict[str, str],
    by_thread: dict[str, Counter[str]],
    domain_company: dict[str, str | None],
) -> str | None:
    in_thread = by_thread.get(thread[m.key])
    if in_thread:
        return _most_common(in_thread)
    for addr in m.recipients:
        dom = org_domain(addr)
        if dom:
            found = domain_company.get(dom) or domain_key(dom)
            if found:
                return found
    return None


def _most_common(counter: Counter[str]) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _pretty_domain(dom: str) -> str:
    return " ".join(w.capitalize() for w in re.split(r"[-_]", dom.split(".")[0]) if w)


def distinct_companies(keys: Iterable[str | None]) -> set[str]:
    """The set of known company keys among ``keys`` (None dropped)."""
    return {k for k in keys if k is not None}


def fuller_names(messages: Sequence[Addressed], companies: Sequence[str | None]) -> list[str | None]:
    """``companies`` (one per message) with short names replaced by the fuller name another
    message of the same organisation gives, as a person reading the whole mailbox names them.

    Messages belong together when they share a conversation (Message-ID, In-Reply-To,
    References) or an employer domain: the sender's (and Reply-To's), or for mail sent from a
    free-mail or relay address (the candidate's own, an ATS's) the recipients'. A name changes
    when exactly one fuller name (compared run together) is found in its group:
    - the same letters spelt otherwise: "Caisseboreale" (from caisseboreale.ca) -> "Caisse Boréale";
    - a one-word name that starts a longer one: "Paperbark" -> "Paperbark Homewares". Names of
      two words or more are kept: "Hotel Alpenrose" may be one of several hotels of that name.
    """
    if len(messages) != len(companies):
        raise ValueError("fuller_names: one company per message")
    groups = _UnionFind()
    nodes = []
    for i, m in enumerate(messages):
        # a message's thread node is the one ``thread_ids`` gives it
        node = "id:" + m.message_id if m.message_id else f"msg:{i}"
        nodes.append(node)
        groups.find(node)
        for other in _answered(m):
            groups.union(node, other)
        domains = {org_domain(a) for a in (m.from_addr, *m.reply_to)} - {None}
        if not domains:
            domains = {org_domain(a) for a in (*m.to_addrs, *m.cc_addrs)} - {None}
        for dom in domains:
            groups.union(node, f"dom:{dom}")
    members: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        members[groups.find(node)].append(i)

    out = list(companies)
    for idx in members.values():
        seen = Counter(companies[i] for i in idx if companies[i])
        if len(seen) < 2:
            continue
        # apostrophes split words here, as in a domain label: "O'Brien" and "obrien" run together alike
        words_of = {name: re.findall(r"[^\W_]+", _fold(name)) for name in seen}
        for i in idx:
            name = companies[i]
            if not name:
                continue
            words = words_of[name]
            fuller: dict[str, Counter[str]] = defaultdict(Counter)
            for other, count in seen.items():
                other_words = words_of[other]
                if len(other_words) <= len(words):
                    continue
                together = "".join(other_words)
                if together == "".join(words) or (len(words) == 1 and other_words[:1] == words):
                    fuller[together][other] += count
            if len(fuller) == 1:
                (spellings,) = fuller.values()
                out[i] = _most_common(spellings)
    return out
