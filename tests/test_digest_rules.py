"""Digest facts (spec/digest.md) on real DuckDB files built through ``Store.save_batch``.

Messages are hand-made ParsedMessage + Classification records (no model needed), so every leak
and focus rule, tie, feedback request and week boundary is pinned down exactly.
"""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.digest import build_facts, last_complete_week, parse_week
from pipeline.errors import UsageError
from pipeline.linking import company_key, display_company, fuller_names, org_domain
from pipeline.records import Classification, FetchedMessage, FolderState, ParsedMessage
from pipeline.store import Store, StoredMessage

UTC_ZONE = ZoneInfo("UTC")
W47 = "2026-W47"  # Monday 2026-11-16 .. Sunday 2026-11-22
ME = "sam.candidate@mailhost.test"


def at(day: int, hour: int = 10, month: int = 11, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


class Mailbox:
    """Hand-made messages saved into a real DuckDB file, one batch per folder."""

    def __init__(self, tmp_path) -> None:
        self.store = Store(tmp_path / "digest.duckdb")
        self.items: list[StoredMessage] = []
        self._n = itertools.count(1)

    def add(
        self,
        when: datetime,
        labels: tuple[str, ...] = (),
        company: str | None = None,
        sender: str = "jobs@acme.test",
        name: str = "",
        subject: str = "Your application",
        to: tuple[str, ...] = (ME,),
        sent: bool = False,
        mid: str | None = None,
        in_reply_to: str | None = None,
        refs: tuple[str, ...] = (),
        topics: tuple[str, ...] = (),
        outside: tuple[str, ...] = (),
        reply_to: tuple[str, ...] = (),
        header_date: bool = True,
        review: bool = False,
    ) -> str:
        n = next(self._n)
        mid = mid or f"<m{n}@test>"
        raw = f"test message {n} {mid}".encode()
        parsed = ParsedMessage(
            message_id=mid,
            subject=subject,
            from_name=name,
            from_addr=sender,
            to_addrs=to,
            reply_to=reply_to,
            date=when if header_date else None,
            in_reply_to=in_reply_to,
            references=refs,
            text_plain="body",
        )
        folder = "Sent" if sent else "INBOX"
        fetched = FetchedMessage(folder, 1, n, raw, when + timedelta(minutes=1), ())
        cls = Classification(
            labels=labels,
            company=company,
            topics=topics,
            outside_control=outside,
            needs_review=review,
            model_version="t-1",
        )
        self.items.append(StoredMessage("acct", fetched, parsed, sent, cls, f"k{n:05d}"))
        return mid

    def facts(self, week: str = W47, zone: str = "UTC", me: tuple[str, ...] = ()) -> dict:
        self.store.ensure()
        for folder in ("INBOX", "Sent"):
            batch = [it for it in self.items if it.fetched.folder == folder]
            if batch:
                self.store.save_batch(batch, FolderState(folder, 1, len(self.items)), "acct")
        self.items = []
        z = ZoneInfo(zone)
        facts = build_facts(self.store, parse_week(week, z), me)
        json.dumps(facts)  # must be JSON-serialisable as is
        return facts


@pytest.fixture
def box(tmp_path) -> Mailbox:
    return Mailbox(tmp_path)


def acks(box: Mailbox, names: list[str], day: int = 2, month: int = 11) -> None:
    for i, n in enumerate(names):
        box.add(
            at(day, 9 + i % 8, month), ("application_ack",), n, sender=f"no-reply@{n.lower()}.test"
        )


# -- week arithmetic ---------------------------------------------------------------------------


def test_week_bounds_and_last_complete_week_in_several_zones():
    w = parse_week(W47, UTC_ZONE)
    assert (w.start_date.isoformat(), w.end_date.isoformat()) == ("2026-11-16", "2026-11-22")
    now = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)  # Mon 05:00 UTC = Mon 14:00 Tokyo = Sun 21:00 LA
    assert last_complete_week(ZoneInfo("UTC"), now).label == "2026-W47"
    assert last_complete_week(ZoneInfo("Asia/Tokyo"), now).label == "2026-W47"
    assert last_complete_week(ZoneInfo("America/Los_Angeles"), now).label == "2026-W46"
    assert last_complete_week(UTC_ZONE, datetime(2027, 1, 4, 0, 0, tzinfo=UTC)).label == "2026-W53"


@pytest.mark.parametrize("text", ["2026-47", "2026-W7", "26-W47", "2025-W53", "2026-W00", "x"])
def test_bad_weeks_are_usage_errors(text):
    with pytest.raises(UsageError):
        parse_week(text, UTC_ZONE)


# -- company linking ---------------------------------------------------------------------------


def test_company_names_normalise_to_one_key():
    same = [
        "ACME, Inc.",
        "Acme Careers",
        "acme",
        "The Acme Company",
        "Acme Talent Team",
        "Acme Recruiting",
        "ACME GmbH",
        "Acme Ltd.",
        "Acme LLC",
        "Acme S.A.",
    ]
    assert {company_key(n) for n in same} == {"acme"}
    assert company_key("Northwind Health GmbH") == company_key("northwind-health")
    assert company_key("Calder & Finch") == company_key("Calder and Finch Ltd")
    assert company_key("Talent Acquisition Team") is None
    assert company_key("Greenhouse") is None
    assert display_company("Globex Careers") == "Globex"
    assert org_domain("jane@mail.acme.co.uk") == "acme.co.uk"
    assert org_domain("no-reply@us.greenhouse-mail.io") is None
    assert org_domain("recruiter@gmail.com") is None
    assert org_domain("jane@careers.northwind.example.com") == "northwind.example.com"
    assert org_domain("jane@example.com") is None


def _addressed(frm: str, to: str = "me@gmail.com", **headers: object) -> ParsedMessage:
    return ParsedMessage(from_addr=frm, to_addrs=(to,), **headers)  # type: ignore[arg-type]


def test_fuller_names_spell_a_short_name_as_the_same_organisations_other_mail_does():
    mails = [
        _addressed("lachlan@paperbark.com.au"),
        _addressed("careers@paperbark.com.au"),
        # the candidate's own mail: linked by its recipient's domain
        _addressed("me@gmail.com", to="jess@paperbark.com.au"),
        # a run-together domain label, respelt as the organisation's mail spells it
        _addressed("talent@caisseboreale.ca"),
        _addressed("rh@caisseboreale.ca"),
        # linked by the thread only: an ATS relay's reply to the candidate's mail
        _addressed("no-reply@greenhouse-mail.io", message_id="<a1@x>"),
        _addressed("me@gmail.com", to="no-reply@greenhouse-mail.io", in_reply_to="<a1@x>"),
    ]
    names = ["Paperbark", "Paperbark Homewares", "Paperbark", "Caisseboreale", "Caisse Boréale",
             "Globex Robotics", "Globex"]
    assert fuller_names(mails, names) == [
        "Paperbark Homewares", "Paperbark Homewares", "Paperbark Homewares",
        "Caisse Boréale", "Caisse Boréale", "Globex Robotics", "Globex Robotics",
    ]


def test_fuller_names_change_nothing_unlinked_ambiguous_or_already_several_words():
    # another organisation's mail names a longer company: no link, no change
    unlinked = [_addressed("a@paperbark.com.au"), _addressed("b@otherfirm.com")]
    pair = ["Paperbark", "Paperbark Homewares"]
    assert fuller_names(unlinked, pair) == pair
    # two fuller names in one group: which one is meant is unknown
    ambiguous = [_addressed("a@nordwind.de"), _addressed("b@nordwind.de"), _addressed("c@nordwind.de")]
    names = ["Nordwind", "Nordwind Logistik", "Nordwind Reisen"]
    assert fuller_names(ambiguous, names) == names
    # a name of two words is a full name already ("Hotel Alpenrose" of several hotels)
    two = [_addressed("a@alpenrose.at"), _addressed("b@alpenrose.at")]
    hotels = ["Hotel Alpenrose", "Hotel Alpenrose Kitzbühel"]
    assert fuller_names(two, hotels) == hotels
    # a word that only starts another word is no prefix of the name
    part = [_addressed("a@kessler.de"), _addressed("b@kessler.de")]
    assert fuller_names(part, ["Kess", "Kessler Bau"]) == ["Kess", "Kessler Bau"]
    # free-mail senders and recipients link nothing; no name stays no name
    free = [_addressed("x@gmail.com"), _addressed("y@gmail.com")]
    assert fuller_names(free, pair) == pair
    acme = [_addressed("a@acme.com"), _addressed("b@acme.com")]
    assert fuller_names(acme, [None, "Acme Corp"]) == [None, "Acme Corp"]
    with pytest.raises(ValueError):
        fuller_names(free, ["one"])


def test_spellings_of_one_company_count_once_and_thread_and_domain_fill_gaps(box):
    box.add(at(2), ("application_ack",), "ACME, Inc.", sender="no-reply@acme.test")
    box.add(at(3), ("application_ack",), "Acme Careers", sender="careers@acme.test")
    ack = box.add(at(4), ("application_ack",), "Globex", sender="no-reply@greenhouse-mail.io")
    # no company from the model: the thread says Globex
    box.add(
        at(17), ("interview_invite",), None, sender="no-reply@greenhouse-mail.io", in_reply_to=ack
    )
    # no company, no thread: the employer domain says Initech
    box.add(at(18), ("interview_invite",), None, sender="amy@initech.test")
    f = box.facts()
    numbers = f["health"]["leak_numbers"]
    assert numbers["companies_acknowledged"] == 2
    assert numbers["companies_invited"] == 2
    assert f["health"]["week"]["interview_invite"] == 2


# -- counts ------------------------------------------------------------------------------------


def test_counts_are_distinct_inbox_message_ids_in_week_and_up_to_period_end(box):
    box.add(at(16, 0, minute=0), ("rejection",), "Acme")  # Monday 00:00: inside
    box.add(at(22, 23, minute=59), ("rejection", "feedback"), "Globex")  # Sunday 23:59: inside
    box.add(at(23, 0), ("rejection",), "Initech")  # next Monday: outside
    box.add(at(15, 23, minute=59), ("rejection",), "Hooli")  # Sunday before: total only
    box.add(at(18), ("offer",), "Umbrella", mid="<dup@x>")
    box.add(at(18, 11), ("offer",), "Umbrella", mid="<dup@x>")  # same Message-ID, other bytes
    box.add(at(18), ("feedback_request",), "Acme", sent=True, sender=ME, to=("a@acme.test",))
    box.add(at(17), ("interview_invite",), "Acme", header_date=False)  # INTERNALDATE used
    f = box.facts()
    assert (
        f["week"] == W47 and f["period_start"] == "2026-11-16" and f["period_end"] == "2026-11-22"
    )
    assert f["health"]["week"] == {
        "rejection": 2,
        "interview_invite": 1,
        "feedback": 1,
        "application_ack": 0,
        "offer": 1,
    }
    assert f["health"]["total"] == {
        "rejection": 3,
        "interview_invite": 1,
        "feedback": 1,
        "application_ack": 0,
        "offer": 1,
    }


def test_empty_database_and_empty_week(box, tmp_path):
    f = box.facts()
    assert f["health"]["week"] == dict.fromkeys(
        ("rejection", "interview_invite", "feedback", "application_ack", "offer"), 0
    )
    assert f["health"]["leak"] == "insufficient_data"
    assert f["pending_feedback"] == []
    assert f["focus"]["area"] == "pipeline_volume"
    assert f["software"]["messages_seen"] == 0
    box.add(at(2), ("application_ack",), "Acme")  # mail, but not in W47
    f = box.facts()
    assert f["health"]["week"]["application_ack"] == 0
    assert f["health"]["total"]["application_ack"] == 1
    assert [s["application_ack"] for s in f["weekly"]] == [0] * 5 + [1, 0, 0]  # W45 of W40..W47


def test_week_boundary_follows_the_configured_time_zone(box):
    # Sun 22 Nov 19:00 in Los Angeles, already Monday 23 in UTC
    box.add(datetime(2026, 11, 23, 3, 0, tzinfo=UTC), ("rejection",), "Acme")
    # Mon 16 Nov 05:00 in Tokyo, still Sunday 15 in UTC
    box.add(datetime(2026, 11, 15, 20, 0, tzinfo=UTC), ("interview_invite",), "Globex")
    utc = box.facts()
    assert (utc["health"]["week"]["rejection"], utc["health"]["week"]["interview_invite"]) == (0, 0)
    la = box.facts(zone="America/Los_Angeles")
    assert (la["health"]["week"]["rejection"], la["health"]["week"]["interview_invite"]) == (1, 0)
    assert la["health"]["total"]["rejection"] == 1
    tokyo = box.facts(zone="Asia/Tokyo")
    assert (tokyo["health"]["week"]["rejection"], tokyo["health"]["week"]["interview_invite"]) == (
        0,
        1,
    )
    assert tokyo["health"]["total"]["rejection"] == 0  # Tue 23 Nov 12:00 in Tokyo: after period_end


# -- leak --------------------------------------------------------------------------------------


def test_leak_insufficient_data_below_five_acknowledging_companies(box):
    acks(box, ["A1", "A2", "A3", "A4"])
    box.add(at(3), ("application_ack",), "A4", sender="x@a4.test")  # same company again
    assert box.facts()["health"]["leak"] == "insufficient_data"
    acks(box, ["A5"])
    assert box.facts()["health"]["leak"] == "none"


def test_leak_cv_screen_needs_ten_companies_and_under_ten_percent_invited(box):
    names = [f"Co{i}" for i in range(10)]
    acks(box, names)
    f = box.facts()
    assert f["health"]["leak"] == "cv_screen"
    assert f["focus"]["area"] == "cv_positioning"
    box.add(at(10), ("interview_invite",), "Co3")  # 1 of 10 = 10%: not fewer than 10%
    f = box.facts()
    assert f["health"]["leak"] == "none"
    acks(box, ["Co10"])  # 1 of 11 < 10%
    assert box.facts()["health"]["leak"] == "cv_screen"


def test_leak_interviews_and_what_stops_it(box):
    acks(box, ["A1", "A2", "A3", "A4", "A5"])
    for n in ("A1", "A2", "A3"):
        box.add(at(5), ("interview_invite",), n)
    box.add(at(12), ("rejection",), "A1")
    box.add(at(4), ("rejection",), "A2")  # before A2's invitation: not after an interview
    f = box.facts()
    assert f["health"]["leak"] == "none"
    box.add(at(13), ("rejection",), "A2")
    f = box.facts()
    assert f["health"]["leak"] == "interviews"
    assert f["focus"]["area"] == "debrief"
    assert f["health"]["leak_numbers"]["rejected_after_interview_companies"] == ["A1", "A2"]
    box.add(at(20), ("offer",), "A5")
    assert box.facts()["health"]["leak"] == "none"


# -- focus -------------------------------------------------------------------------------------


def test_focus_repeated_feedback_topic_with_evidence_and_tie_break(box):
    names = [f"Co{i}" for i in range(10)]
    acks(box, names, day=1, month=10)  # cv_screen leak: rule 1 must still win
    box.add(at(3), ("rejection", "feedback"), "Acme", topics=("system_design", "coding"))
    box.add(at(18), ("feedback",), "Globex", topics=("system_design",))
    box.add(at(5), ("feedback",), "Initech", topics=("coding",))
    f = box.facts()
    # two topics named by two companies each: system design was named last (18 Nov)
    assert f["focus"]["area"] == "system_design"
    assert (
        f["focus"]["evidence"][0]
        == "system design named by Acme (2026-11-03) and Globex (2026-11-18)"
    )
    box.add(at(19), ("feedback",), "Hooli", topics=("coding",))
    assert box.facts()["focus"]["area"] == "coding"  # three companies beat recency


def test_focus_topic_needs_two_companies_in_eight_weeks_and_ignores_experience_level(box):
    box.add(at(3), ("feedback",), "Acme", topics=("communication",))
    box.add(at(10), ("feedback",), "Acme Careers", topics=("communication",))  # same company
    box.add(
        at(27, 23, month=9), ("feedback",), "Globex", topics=("composure",)
    )  # Sun 27 Sep: too old
    box.add(at(10), ("feedback",), "Initech", topics=("composure", "experience_level"))
    box.add(at(11), ("feedback",), "Hooli", topics=("experience_level",))
    f = box.facts()
    assert f["focus"]["area"] == "pipeline_volume"
    # Monday 28 Sep opens the eight ISO weeks ending 22 Nov: inside the window
    box.add(at(28, 0, month=9), ("feedback",), "Globex", topics=("composure",))
    assert box.facts()["focus"]["area"] == "composure"


def test_focus_pipeline_volume_then_keep_going(box):
    acks(box, ["A1", "A2", "A3", "A4"], day=5)
    box.add(at(1), ("application_ack",), "Old")  # 1 Nov: inside the 30 days 24 Oct - 22 Nov
    f = box.facts()
    assert f["health"]["leak"] == "none"
    assert f["focus"]["area"] == "keep_going"
    box.add(at(10), ("rejection",), "A4")  # A4 answered after its ack: no longer active
    f = box.facts()
    assert f["focus"]["area"] == "pipeline_volume"
    assert f["focus"]["evidence"] == [
        "4 active companies (acknowledged or invited in the last 30 "
        "days, no answer since): A1, A2, A3 and Old"
    ]
    box.add(
        at(15), ("interview_invite",), "A4"
    )  # a new invitation after the rejection: active again
    assert box.facts()["focus"]["area"] == "keep_going"


def test_active_window_is_thirty_days_ending_period_end(box):
    acks(box, ["A1", "A2", "A3", "A4"], day=5)
    box.add(at(23, 23, month=10), ("application_ack",), "Edge")  # 23 Oct: 31st day back
    assert box.facts()["focus"]["area"] == "pipeline_volume"
    box.add(at(24, 0, month=10), ("interview_invite",), "Edge")  # 24 Oct 00:00: 30th day
    assert box.facts()["focus"]["area"] == "keep_going"


# -- pending feedback --------------------------------------------------------------------------


def test_pending_feedback_in_thread_and_to_company_domain(box):
    # Acme rejects through an ATS relay; the candidate answers in the thread
    rej = box.add(
        at(2),
        ("rejection",),
        "Acme",
        sender="no-reply@greenhouse-mail.io",
        reply_to=("reply+1a2b@greenhouse-mail.io",),
    )
    box.add(
        at(3),
        ("feedback_request",),
        None,
        sent=True,
        sender=ME,
        to=("reply+1a2b@greenhouse-mail.io",),
        in_reply_to=rej,
        refs=(rej,),
    )
    # Globex rejects from a relay; the candidate writes a new message to someone at globex.test
    box.add(at(9), ("rejection",), "Globex", sender="notifications@lever.co")
    box.add(
        at(12),
        ("feedback_request",),
        None,
        sent=True,
        sender=ME,
        to=("maria@globex.test",),
        subject="Feedback on my interview",
    )
    # Initech: domain known from its earlier mail, not from its name
    box.add(at(1), ("application_ack",), "Initech", sender="talent@initech-systems.test")
    box.add(at(16), ("rejection",), "Initech", sender="no-reply@myworkday.com")
    box.add(
        at(20), ("feedback_request",), None, sent=True, sender=ME, to=("dana@initech-systems.test",)
    )
    f = box.facts()
    got = [
        {k: e[k] for k in ("company", "rejected_on", "requested_on", "days_waiting")}
        for e in f["pending_feedback"]
    ]
    assert got == [
        {
            "company": "Acme",
            "rejected_on": "2026-11-02",
            "requested_on": "2026-11-03",
            "days_waiting": 19,
        },
        {
            "company": "Globex",
            "rejected_on": "2026-11-09",
            "requested_on": "2026-11-12",
            "days_waiting": 10,
        },
        {
            "company": "Initech",
            "rejected_on": "2026-11-16",
            "requested_on": "2026-11-20",
            "days_waiting": 2,
        },
    ]


def test_feedback_from_another_person_at_the_company_closes_the_request(box):
    box.add(at(1), ("interview_invite",), "Acme", sender="lee@acme.test")
    rej = box.add(at(2), ("rejection",), "Acme", sender="lee@acme.test")
    box.add(
        at(3),
        ("feedback_request",),
        None,
        sent=True,
        sender=ME,
        to=("lee@acme.test",),
        in_reply_to=rej,
    )
    # feedback from a different person, new thread, and the model did not find the company
    box.add(at(10), ("feedback",), None, sender="priya@acme.test", topics=("coding",))
    assert box.facts()["pending_feedback"] == []


def test_feedback_before_the_request_or_after_period_end_does_not_close_it(box):
    rej = box.add(at(2), ("rejection",), "Acme", sender="lee@acme.test")
    box.add(at(3, 8), ("feedback",), "Acme", sender="lee@acme.test")  # before the request
    box.add(
        at(3, 12),
        ("feedback_request",),
        None,
        sent=True,
        sender=ME,
        to=("lee@acme.test",),
        in_reply_to=rej,
    )
    box.add(at(24), ("feedback",), "Acme", sender="lee@acme.test")  # after period_end
    f = box.facts()
    assert [(e["company"], e["days_waiting"]) for e in f["pending_feedback"]] == [("Acme", 19)]
    assert box.facts(week="2026-W48")["pending_feedback"] == []


def test_request_before_any_rejection_or_to_another_company_counts_for_nothing(box):
    box.add(at(3), ("feedback_request",), None, sent=True, sender=ME, to=("lee@acme.test",))
    box.add(at(5), ("rejection",), "Acme", sender="lee@acme.test")
    box.add(at(6), ("feedback_request",), None, sent=True, sender=ME, to=("bo@umbrella.test",))
    box.add(at(7), ("rejection",), "Globex", sender="hr@globex.test")
    box.add(
        at(8), ("application",), None, sent=True, sender=ME, to=("hr@globex.test",)
    )  # no request
    assert box.facts()["pending_feedback"] == []


def test_second_request_keeps_first_date_and_me_addresses_count_as_sent(box):
    rej = box.add(at(2), ("rejection",), "Acme", sender="lee@acme.test")
    box.add(
        at(4),
        ("feedback_request",),
        None,
        sent=True,
        sender=ME,
        to=("lee@acme.test",),
        in_reply_to=rej,
    )
    # a nudge filed in INBOX (sent to self in copy) from the candidate's own address
    box.add(at(12), ("feedback_request",), None, sender=ME, to=("lee@acme.test",))
    f = box.facts(me=(ME,))
    assert [(e["requested_on"], e["days_waiting"]) for e in f["pending_feedback"]] == [
        ("2026-11-04", 18)
    ]


# -- proportion, drafts, software health -------------------------------------------------------


def test_outside_control_drafts_and_software_health(box):
    box.add(at(10), ("interview_invite",), "Acme", sender="lee@acme.test", name="Lee Park")
    box.add(
        at(17),
        ("rejection",),
        "Acme",
        sender="lee@acme.test",
        name="Lee Park",
        subject="Your interview with Acme",
        outside=("closer_fit",),
    )
    box.add(at(18), ("rejection",), "Globex", sender="no-reply@globex.test")  # CV stage: no draft
    box.add(at(19), ("rejection",), "Hooli", outside=("role_filled", "budget_freeze"), review=True)
    f = box.facts()
    assert f["outside_control"]["week"] == {
        "rejections": 3,
        "citing_outside_reasons": 2,
        "reasons": {"budget_freeze": 1, "closer_fit": 1, "role_filled": 1},
    }
    assert [(d["company"], d["to"], d["subject"]) for d in f["drafts"]] == [
        ("Acme", "lee@acme.test", "Re: Your interview with Acme")
    ]
    assert f["drafts"][0]["body"].startswith("Hello Lee,")
    assert f["software"]["messages_seen"] == 4
    assert f["software"]["needs_review"] == 1
    assert f["software"]["parse_failures"] == 0
