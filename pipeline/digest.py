"""The facts of the weekly digest (spec/digest.md), computed from the DuckDB records.

``build_facts(store, week)`` returns a plain JSON-serialisable dict whose fixed keys are those of
the spec (``week``, ``period_start``, ``period_end``, ``health.week.<label>``,
``health.total.<label>``, ``health.leak``, ``pending_feedback``, ``focus``) plus extras for the
renderings (leak explanation and numbers, outside-control summary, feedback request drafts, an
8-week series, software health).

Conventions (decided here where the spec leaves room):

- Time: a message's time is ``mail.date`` (the Date header, else INTERNALDATE). Weeks, days and
  "dated on or before period_end" are taken in the configured time zone; ``period_end`` includes
  the whole Sunday (up to next Monday 00:00 local, exclusive).
- INBOX messages are all messages not first seen in the Sent folder and not from one of the
  candidate's own addresses (``[digest] me``); the candidate's own mail is "sent".
- Label counts are distinct Message-IDs (the content key when a message has none).
- Company rules count companies by ``pipeline.linking`` keys; a message that links to no company
  is left out of company counts (it still counts in the label counts).
- Leak: the rules are tried in the spec's order (insufficient_data, cv_screen, interviews, none).
  "No offer arrived" means no INBOX message labelled ``offer`` up to period_end, from any company.
  "Rejected after inviting" means a rejection from a company dated after its first invitation.
- Pending feedback: a feedback request is a sent message labelled ``feedback_request``. It answers
  a rejection dated strictly before it, from the same conversation (preferred) or else the latest
  earlier rejection of a company whose address or domain it was sent to. A request dated before any
  rejection answers nothing. Per company the latest answered rejection is reported, with
  ``requested_on`` = the first request answering it (later nudges do not reset the wait). A
  ``feedback`` message dated after that request closes it when it comes from the company (linked
  to it, or sent from its address or domain: any person there) or belongs to the conversation of
  the request or the rejection. ``days_waiting`` = period_end - requested_on in calendar days.
- Focus rule 1 looks at ``feedback`` messages dated in the 8 ISO weeks ending with this one; every
  topic counts except ``experience_level`` (years of experience are not something to act on in a
  week, so not "actionable"). Ties on the number of companies go to the topic named most recently,
  then to the order of ``records.TOPICS``. Evidence dates are each company's latest naming.
- Focus rule 4: a company is active when its latest application_ack or interview_invite is dated in
  the 30 days ending with period_end and no rejection or offer from it is dated after that.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.errors import UsageError
from pipeline.linking import Links, Mail, link
from pipeline.records import INBOX_LABELS, TOPICS
from pipeline.store import Store, sql

log = logging.getLogger(__name__)

_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
#: Topics that describe something the candidate cannot change within weeks (not "actionable").
NOT_ACTIONABLE_TOPICS: frozenset[str] = frozenset({"experience_level"})
FOCUS_WEEKS = 8
ACTIVE_DAYS = 30
SERIES_WEEKS = 8
#: A rejection this many days before period_end (or later) is "recent" enough for a draft.
DRAFT_DAYS = 14

TOPIC_ADVICE: dict[str, str] = {
    "coding": "practise timed coding problems out loud, the way interviews run them",
    "system_design": "practise system design end to end: requirements, trade-offs, scaling",
    "technical_depth": "go one level deeper on the technologies you list: how they work, why",
    "behavioural": "prepare four or five stories with situation, action and a measurable result",
    "communication": "practise explaining your reasoning step by step while you work",
    "questions_to_ask": "prepare specific questions about the team, the role and how success "
    "is measured",
    "composure": "rehearse under realistic conditions (mock interviews, a timer) to take the "
    "edge off nerves",
    "experience_level": "target roles whose level matches your experience",
    "collaboration": "prepare examples of working through disagreement and shared ownership",
    "cv_positioning": "rework how your CV presents your experience for the roles you target",
}


@dataclass(frozen=True)
class Week:
    """An ISO week in a zone; ``start``/``end`` are aware local midnights, ``end`` exclusive."""

    year: int
    number: int
    zone: ZoneInfo

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def start_date(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def end_date(self) -> date:
        return self.start_date + timedelta(days=6)

    @property
    def start(self) -> datetime:
        return local_midnight(self.start_date, self.zone)

    @property
    def end(self) -> datetime:
        return local_midnight(self.end_date + timedelta(days=1), self.zone)

    def shifted(self, weeks: int) -> Week:
        return week_of(self.start_date + timedelta(weeks=weeks), self.zone)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone)


def week_of(day: date, zone: ZoneInfo) -> Week:
    y, w, _ = day.isocalendar()
    return Week(y, w, zone)


def parse_week(text: str, zone: ZoneInfo) -> Week:
    """``YYYY-Www`` to a Week; UsageError with a one-line reason when it is not a real week."""
    m = _WEEK_RE.match(text.strip())
    if not m:
        raise UsageError(f"--week must look like 2026-W47, not {text!r}")
    year, number = int(m.group(1)), int(m.group(2))
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError:
        raise UsageError(f"--week {text}: {year} has no ISO week {number}") from None
    return Week(year, number, zone)


def last_complete_week(zone: ZoneInfo, now: datetime | None = None) -> Week:
    """The last ISO week that has fully ended at ``now`` (default: the current time) in ``zone``."""
    current = (now or datetime.now(UTC)).astimezone(zone).date()
    return week_of(current - timedelta(days=7), zone)


# ---------------------------------------------------------------------------------------------
# loading


def _run(
    con: Any, name: str, week_start: datetime | None, week_end: datetime, me: Sequence[str]
) -> Any:
    """Execute named query ``name`` with those of $start_utc, $end_utc, $me that it uses."""
    text = sql(name)
    values = {
        "start_utc": week_start.astimezone(UTC) if week_start else None,
        "end_utc": week_end.astimezone(UTC),
        "me": [a.lower() for a in me],
    }
    return con.execute(text, {k: v for k, v in values.items() if f"${k}" in text})


def _to_mail(row: tuple) -> Mail:
    (
        key,
        ident,
        sent,
        date_utc,
        from_addr,
        from_name,
        to_addrs,
        cc_addrs,
        reply_to,
        subject,
        message_id,
        in_reply_to,
        refs,
        labels,
        company,
        topics,
        outside,
        review,
    ) = row
    return Mail(
        key=key,
        ident=ident,
        sent=bool(sent),
        when=date_utc.replace(tzinfo=UTC),
        from_addr=from_addr.lower(),
        from_name=from_name,
        to_addrs=tuple(to_addrs),
        cc_addrs=tuple(cc_addrs),
        reply_to=tuple(reply_to),
        subject=subject,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=tuple(refs),
        labels=frozenset(labels),
        company=company,
        topics=tuple(topics),
        outside_control=tuple(outside),
        needs_review=bool(review),
    )


def _counts(con: Any, start: datetime | None, end: datetime, me: Sequence[str]) -> dict[str, int]:
    rows = _run(con, "digest_label_counts", start, end, me).fetchall()
    found = {label: int(n) for label, n in rows}
    return {label: found.get(label, 0) for label in INBOX_LABELS}


# ---------------------------------------------------------------------------------------------
# the facts


def build_facts(store: Store, week: Week, me: Sequence[str] = ()) -> dict[str, Any]:
    """All digest facts for ``week`` (see the module docstring for the exact rules)."""
    zone = week.zone
    series_weeks = [week.shifted(-i) for i in range(SERIES_WEEKS - 1, -1, -1)]
    with store.reader() as con:
        mails = [_to_mail(r) for r in _run(con, "digest_messages", None, week.end, me).fetchall()]
        week_counts = _counts(con, week.start, week.end, me)
        total_counts = _counts(con, None, week.end, me)
        series = []
        for w in series_weeks:
            c = _counts(con, w.start, w.end, me)
            series.append(
                {
                    "week": w.label,
                    "period_start": w.start_date.isoformat(),
                    "application_ack": c["application_ack"],
                    "interview_invite": c["interview_invite"],
                    "rejection": c["rejection"],
                }
            )
        cur = _run(con, "digest_software", week.start, week.end, me)
        software_cols = [d[0] for d in cur.description or []]
        software_row = cur.fetchone()

    links = link(mails)
    inbox = [m for m in mails if not m.sent]
    sent = [m for m in mails if m.sent]
    leak, leak_numbers, leak_text = _leak(inbox, links)
    pending, answered = _pending_feedback(inbox, sent, links, week)
    focus = _focus(inbox, links, week, leak, leak_numbers)
    facts: dict[str, Any] = {
        "week": week.label,
        "period_start": week.start_date.isoformat(),
        "period_end": week.end_date.isoformat(),
        "timezone": zone.key,
        "health": {
            "week": week_counts,
            "total": total_counts,
            "leak": leak,
            "leak_explanation": leak_text,
            "leak_numbers": leak_numbers,
        },
        "pending_feedback": pending,
        "focus": focus,
        "outside_control": _outside_control(inbox, links, week),
        "drafts": _drafts(inbox, links, week, answered),
        "weekly": series,
        "software": _software(dict(zip(software_cols, software_row or (), strict=False)), zone),
    }
    return facts


def _local_day(when: datetime, zone: ZoneInfo) -> str:
    return when.astimezone(zone).date().isoformat()


def _by_company(mails: Sequence[Mail], links: Links, label: str) -> dict[str, list[Mail]]:
    out: dict[str, list[Mail]] = defaultdict(list)
    for m in mails:
        c = links.company.get(m.key)
        if label in m.labels and c is not None:
            out[c].append(m)
    return out


def _names(links: Links, keys: Sequence[str] | set[str]) -> list[str]:
    return sorted(links.name(k) for k in keys)


def _join(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# -- leak --------------------------------------------------------------------------------------


def _leak(inbox: Sequence[Mail], links: Links) -> tuple[str, dict[str, Any], str]:
    acks = set(_by_company(inbox, links, "application_ack"))
    invites = _by_company(inbox, links, "interview_invite")
    rejections = _by_company(inbox, links, "rejection")
    offers = [m for m in inbox if "offer" in m.labels]
    acked_invited = acks & set(invites)
    rejected_after: set[str] = set()
    for c, inv in invites.items():
        first = min(m.when for m in inv)
        if any(r.when > first for r in rejections.get(c, [])):
            rejected_after.add(c)
    numbers: dict[str, Any] = {
        "companies_acknowledged": len(acks),
        "acknowledged_then_invited": len(acked_invited),
        "companies_invited": len(invites),
        "rejected_after_interview": len(rejected_after),
        "rejected_after_interview_companies": _names(links, rejected_after),
        "offers": len({m.ident for m in offers}),
    }
    if len(acks) < 5:
        text = (
            f"Only {len(acks)} {_plural(len(acks), 'company', 'companies')} "
            f"{'has' if len(acks) == 1 else 'have'} acknowledged an application so far; "
            f"at least 5 are needed to tell where the search leaks."
        )
        return "insufficient_data", numbers, text
    share = len(acked_invited) / len(acks)
    if len(acks) >= 10 and share < 0.10:
        text = (
            f"Of {len(acks)} companies that acknowledged an application, only "
            f"{len(acked_invited)} ({share:.0%}) invited you to interview: applications stall "
            f"at the CV screen."
        )
        return "cv_screen", numbers, text
    if len(invites) >= 3 and not offers and len(rejected_after) >= 2:
        text = (
            f"{len(invites)} companies invited you to interview and {len(rejected_after)} "
            f"rejected you afterwards, with no offer yet: the search leaks at the interview "
            f"stage."
        )
        return "interviews", numbers, text
    text = (
        f"No stage stands out: {len(acks)} companies acknowledged an application, "
        f"{len(invites)} invited you to interview"
        + (
            f" and {numbers['offers']} {_plural(numbers['offers'], 'offer', 'offers')} arrived"
            if offers
            else ""
        )
        + "."
    )
    return "none", numbers, text


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


# -- pending feedback --------------------------------------------------------------------------


def _pending_feedback(
    inbox: Sequence[Mail], sent: Sequence[Mail], links: Links, week: Week
) -> tuple[list[dict[str, Any]], set[str]]:
    """Open feedback requests, and the keys of every rejection some request answers."""
    rejections = sorted((m for m in inbox if "rejection" in m.labels), key=lambda m: m.when)
    requests = sorted((m for m in sent if "feedback_request" in m.labels), key=lambda m: m.when)
    feedback = [m for m in inbox if "feedback" in m.labels]

    def company_of(r: Mail) -> str:
        c = links.company.get(r.key)
        return c if c is not None else "~" + links.thread[r.key]

    # rejection key -> the requests answering it (in time order)
    answered_by: dict[str, list[Mail]] = defaultdict(list)
    for s in requests:
        earlier = [r for r in rejections if r.when < s.when]
        in_thread = [r for r in earlier if links.same_thread(r, s)]
        if in_thread:
            target = in_thread[-1]
        else:
            by_address = [
                r
                for r in earlier
                if links.company.get(r.key) is not None
                and links.addressed_to(s, links.company[r.key])
            ]  # type: ignore[arg-type]
            if not by_address:
                log.debug("feedback request %s answers no earlier rejection", s.key)
                continue
            target = by_address[-1]
        answered_by[target.key].append(s)

    by_key = {r.key: r for r in rejections}
    latest: dict[str, Mail] = {}
    for rkey in answered_by:
        r = by_key[rkey]
        c = company_of(r)
        if c not in latest or r.when > latest[c].when:
            latest[c] = r

    out = []
    for c, r in latest.items():
        first = answered_by[r.key][0]
        closed = any(
            f.when > first.when
            and (
                (not c.startswith("~") and links.from_company(f, c))
                or links.same_thread(f, first)
                or links.same_thread(f, r)
            )
            for f in feedback
        )
        if closed:
            continue
        requested = first.when.astimezone(week.zone).date()
        out.append(
            {
                "company": links.name(c) if not c.startswith("~") else (r.from_name or r.from_addr),
                "rejected_on": _local_day(r.when, week.zone),
                "requested_on": requested.isoformat(),
                "days_waiting": (week.end_date - requested).days,
            }
        )
    out.sort(key=lambda e: (e["requested_on"], e["company"].lower()))
    return out, set(answered_by)


# -- focus -------------------------------------------------------------------------------------


def _focus(
    inbox: Sequence[Mail], links: Links, week: Week, leak: str, numbers: dict[str, Any]
) -> dict[str, Any]:
    window_start = week.shifted(-(FOCUS_WEEKS - 1)).start
    # topic -> company -> latest time it was named
    named: dict[str, dict[str, datetime]] = defaultdict(dict)
    for m in inbox:
        c = links.company.get(m.key)
        if "feedback" not in m.labels or c is None or not (window_start <= m.when < week.end):
            continue
        for t in set(m.topics):
            if t in NOT_ACTIONABLE_TOPICS or t not in TOPICS:
                continue
            if c not in named[t] or m.when > named[t][c]:
                named[t][c] = m.when
    candidates = [t for t, cs in named.items() if len(cs) >= 2]
    if candidates:
        best = sorted(
            candidates,
            key=lambda t: (-len(named[t]), -max(named[t].values()).timestamp(), TOPICS.index(t)),
        )[0]
        pairs = sorted(named[best].items(), key=lambda kv: (kv[1], links.name(kv[0])))
        who = _join([f"{links.name(c)} ({_local_day(when, week.zone)})" for c, when in pairs])
        topic = best.replace("_", " ")
        evidence = [f"{topic} named by {who}"]
        others = sorted((t for t in candidates if t != best), key=lambda t: -len(named[t]))
        evidence += [
            f"also named by {len(named[t])} companies: {t.replace('_', ' ')}" for t in others
        ]
        return {
            "area": best,
            "rule": "repeated_feedback",
            "summary": (
                f"Feedback from {len(named[best])} different companies named {topic}. "
                f"A comment repeated across companies is a pattern: "
                f"{TOPIC_ADVICE[best]}."
            ),
            "evidence": evidence,
        }
    if leak == "cv_screen":
        return {
            "area": "cv_positioning",
            "rule": "leak_cv_screen",
            "summary": (
                "Few applications turn into interviews, so the CV or the targeting is the "
                "problem, not interviewing: " + TOPIC_ADVICE["cv_positioning"] + "."
            ),
            "evidence": [
                f"{numbers['acknowledged_then_invited']} of "
                f"{numbers['companies_acknowledged']} companies that acknowledged an "
                f"application invited you to interview"
            ],
        }
    if leak == "interviews":
        return {
            "area": "debrief",
            "rule": "leak_interviews",
            "summary": (
                "You reach interviews but no offer yet. Write a short debrief after each "
                "interview (what was asked, what went well, what to fix): your own notes "
                "are the best source."
            ),
            "evidence": [
                f"{numbers['companies_invited']} companies invited you to interview; "
                f"rejected afterwards by "
                f"{_join(numbers['rejected_after_interview_companies'])}; no offer yet"
            ],
        }
    active = _active_companies(inbox, links, week)
    names = _names(links, active)
    if len(active) < 5:
        return {
            "area": "pipeline_volume",
            "rule": "few_active",
            "summary": (
                f"Only {len(active)} {_plural(len(active), 'company is', 'companies are')} "
                f"in play. Keep several applications going so one answer does not stall "
                f"the search."
            ),
            "evidence": [
                f"{len(active)} active {_plural(len(active), 'company', 'companies')} "
                f"(acknowledged or invited in the last {ACTIVE_DAYS} days, no answer "
                f"since)" + (": " + _join(names) if names else "")
            ],
        }
    return {
        "area": "keep_going",
        "rule": "keep_going",
        "summary": "Nothing stands out as a leak and several applications are in play: keep going.",
        "evidence": [f"{len(active)} active companies: {_join(names)}", f"leak: {leak}"],
    }


def _active_companies(inbox: Sequence[Mail], links: Links, week: Week) -> set[str]:
    since = local_midnight(week.end_date - timedelta(days=ACTIVE_DAYS - 1), week.zone)
    last_open: dict[str, datetime] = {}
    last_closed: dict[str, datetime] = {}
    for m in inbox:
        c = links.company.get(m.key)
        if c is None or m.when >= week.end:
            continue
        if m.labels & {"application_ack", "interview_invite"}:
            last_open[c] = max(last_open.get(c, m.when), m.when)
        if m.labels & {"rejection", "offer"}:
            last_closed[c] = max(last_closed.get(c, m.when), m.when)
    return {
        c
        for c, t in last_open.items()
        if t >= since and not (c in last_closed and last_closed[c] > t)
    }


# -- proportion, drafts, software ----------------------------------------------------------------


def _outside_control(inbox: Sequence[Mail], links: Links, week: Week) -> dict[str, Any]:
    def summary(mails: list[Mail]) -> dict[str, Any]:
        unique = {m.ident: m for m in mails}
        reasons: Counter[str] = Counter()
        cited = 0
        for m in unique.values():
            if m.outside_control:
                cited += 1
                reasons.update(set(m.outside_control))
        return {
            "rejections": len(unique),
            "citing_outside_reasons": cited,
            "reasons": dict(sorted(reasons.items())),
        }

    rejections = [m for m in inbox if "rejection" in m.labels]
    in_week = [m for m in rejections if week.start <= m.when < week.end]
    examples = sorted(
        (
            {
                "company": links.name(links.company.get(m.key)),
                "date": _local_day(m.when, week.zone),
                "reasons": list(m.outside_control),
                "subject": m.subject,
            }
            for m in {x.ident: x for x in in_week}.values()
            if m.outside_control
        ),
        key=lambda e: (e["date"], e["company"] or ""),
    )
    return {"week": summary(in_week), "total": summary(rejections), "week_examples": examples}


def _drafts(
    inbox: Sequence[Mail], links: Links, week: Week, answered: set[str]
) -> list[dict[str, Any]]:
    """Feedback request drafts for recent rejections after an interview that have none yet.

    Not for rejections at the CV stage (no invitation from that company before the rejection),
    nor for rejections that already carry feedback, nor when any rejection of the company dated
    after the invitation was already answered by a request.
    """
    since = local_midnight(week.end_date - timedelta(days=DRAFT_DAYS - 1), week.zone)
    invites = _by_company(inbox, links, "interview_invite")
    rejections = _by_company(inbox, links, "rejection")
    out = []
    for c, rs in rejections.items():
        if c not in invites:
            continue
        first_invite = min(m.when for m in invites[c])
        after = sorted(
            (r for r in rs if r.when > first_invite and r.when < week.end), key=lambda r: r.when
        )
        if not after:
            continue
        last = after[-1]
        if last.when < since or "feedback" in last.labels or any(r.key in answered for r in after):
            continue
        last_invite = max((m for m in invites[c] if m.when < last.when), key=lambda m: m.when)
        out.append(_draft(links.name(c), last, last_invite, week.zone))
    out.sort(key=lambda d: (d["rejected_on"], d["company"].lower()))
    return out


_NO_REPLY = re.compile(
    r"(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon)@", re.I
)


def _draft(company: str, rejection: Mail, invite: Mail, zone: ZoneInfo) -> dict[str, Any]:
    to = next(
        (a for a in (*rejection.reply_to, rejection.from_addr) if a and not _NO_REPLY.search(a)), ""
    )
    subject = (
        rejection.subject
        if rejection.subject.lower().startswith("re:")
        else (
            f"Re: {rejection.subject}"
            if rejection.subject
            else f"Feedback on my interview with {company}"
        )
    )
    greeting = (
        "Hello " + rejection.from_name.split()[0]
        if rejection.from_name
        and company.lower() not in rejection.from_name.lower()
        and not any(
            w in rejection.from_name.lower() for w in ("team", "recruit", "talent", "career")
        )
        else "Hello"
    )
    interview_day = invite.when.astimezone(zone).strftime("%-d %B")
    body = (
        f"{greeting},\n\n"
        f"Thank you for letting me know, and for the time you and the team spent with me during "
        f"the interview process at {company} (from your invitation of {interview_day}). I enjoyed "
        f"learning about the role.\n\n"
        f"If you are able to share it, I would value any brief feedback on my interviews: one or "
        f"two points I could improve would help me a great deal.\n\n"
        f"I would be glad to stay in touch for future openings.\n\n"
        f"Kind regards"
    )
    return {
        "company": company,
        "rejected_on": _local_day(rejection.when, zone),
        "to": to,
        "subject": subject,
        "body": body,
    }


def _software(row: dict[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    last = row.get("last_ingest_ok_utc")
    return {
        "last_successful_ingest": (
            last.replace(tzinfo=UTC).astimezone(zone).isoformat(timespec="minutes")
            if last
            else None
        ),
        "last_ingest_status": row.get("last_ingest_status"),
        "last_ingest_error": row.get("last_ingest_error"),
        "messages_seen": int(row.get("messages_seen") or 0),
        "messages_in_week": int(row.get("messages_in_week") or 0),
        "parse_failures": int(row.get("parse_failures") or 0),
        "parse_failures_in_week": int(row.get("parse_failures_in_week") or 0),
        "needs_review": int(row.get("needs_review") or 0),
        "unclassified": int(row.get("unclassified") or 0),
        "model_version": row.get("model_version"),
    }
