"""Issue 5.9: hostile content. Subjects, sender names and bodies carrying HTML, script, template
syntax ({{ }}), SQL fragments and right-to-left marks are stored verbatim, come back verbatim from
``jobmail query``, and are rendered escaped (HTML) or inert (text, Markdown) in the digest."""

from __future__ import annotations

import copy
import hashlib
import html
import json
import re
import secrets
from typing import Any

from pipeline.render import render
from tests.hardening.breakage import HOSTILE_STRINGS, hostile_cases
from tests.hardening.conftest import served_messages, unchanged

WEEK = "2025-W45"  # the hostile messages are dated Tue 4 Nov 2025
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: What must never appear in rendered HTML: live markup or script from a message.
_LIVE_MARKUP = ("<script", "<img", "<b>", "<a href=\"javascript", "onerror=\"")


def _assert_inert_html(html: str) -> None:
    lowered = html.lower()
    for needle in _LIVE_MARKUP:
        assert needle not in lowered, f"live markup {needle!r} in the rendered HTML"
    assert not _BIDI.search(html), "a raw bidi override reached the HTML"


def _assert_inert_text(text: str) -> None:
    assert not _BIDI.search(text), "a raw bidi override reached the text rendering"


def _visible(text: str) -> str:
    """How a hostile string must read once rendered: bidi overrides shown as codes."""
    return _BIDI.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


def _shown_escaped(hostile: str, rendered_html: str) -> bool:
    """True when ``hostile`` appears as text in the HTML (escaped, so unescaping restores it)."""
    return _visible(hostile) in html.unescape(rendered_html)


def test_hostile_content_stored_verbatim_and_rendered_escaped(dovecot, mail_user, jobmail_for,
                                                              artifacts):
    token = secrets.token_hex(4)
    cases = hostile_cases(token)
    dovecot.load(mail_user, "INBOX", [c.raw for c in cases])
    jm = jobmail_for(dovecot, mail_user)
    with unchanged(dovecot, mail_user):
        result = jm.ingest()
    assert result.returncode == 0, result.stderr
    assert result.report["stored"] == len(cases)
    jm.check_integrity(served_messages(dovecot, mail_user))

    # Stored verbatim: the database holds exactly the decoded text (the SQL did not run).
    rows = {r[0]: r for r in jm.sql("SELECT msg_key, subject, from_name, body_text FROM mail")}
    for case, raw in zip(cases, served_messages(dovecot, mail_user), strict=True):
        key, subject, from_name, body = rows[hashlib.sha256(raw).hexdigest()]
        assert subject == case.subject, case.name
        assert from_name == case.from_name, case.name
        assert case.body_contains in body, case.name
    assert jm.sql("SELECT count(*) FROM runs")[0][0] == 1  # 'DROP TABLE' / 'SELECT' did nothing

    # ... and `jobmail query` gives them back unchanged.
    out = jm.run("query", "--format", "json", "SELECT subject, sender_name FROM messages")
    assert out.returncode == 0, out.stderr
    got = {(r["subject"], r["sender_name"]) for r in json.loads(out.stdout)}
    assert got == {(c.subject, c.from_name) for c in cases}

    # The digest of that week, in every format, through the CLI.
    facts_run = jm.run("digest", "--week", WEEK, "--format", "json")
    assert facts_run.returncode == 0, facts_run.stderr
    facts = json.loads(facts_run.stdout)
    leaves = _strings(facts)
    # The mail-sourced strings of the facts that carry hostile content, as the renderer gets them.
    reached = {k: [leaf for leaf in leaves if frag in leaf] for k, frag in _FRAGMENTS.items()}
    reached = {k: v for k, v in reached.items() if v}
    # Sender names become company names, so hostile text does reach the digest (else this
    # end-to-end half would test nothing).
    assert len(reached) >= 2, f"only {sorted(reached)} reached the digest facts"
    for fmt in ("html", "text", "markdown"):
        made = jm.run("digest", "--week", WEEK, "--format", fmt)
        assert made.returncode == 0, made.stderr
        path = made.stdout.strip().splitlines()[-1]
        artifacts.path(jm.tmp / "digests")
        text = open(path, encoding="utf-8").read()
        if fmt == "html":
            _assert_inert_html(text)
            for kind, found in reached.items():
                for leaf in found:
                    assert _shown_escaped(leaf, text), f"{kind} not shown in HTML: {leaf!r}"
        else:
            _assert_inert_text(text)
        if fmt == "text":
            for kind, found in reached.items():
                for leaf in found:
                    assert _visible(leaf) in text, f"{kind} not shown in text: {leaf!r}"
    print(f"hostile strings reaching the digest: {sorted(reached)}")


#: A distinctive piece of each hostile string (company names may be trimmed or re-cased).
_FRAGMENTS = {"html": "<img src=x", "script": "<script>", "template": "{{ 7*7 }}",
              "sql": "DROP TABLE mail", "rtl": "\u202egnp.exe"}


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _inject(value: Any, hostile: list[str], counter: list[int]) -> Any:
    """Prefix every string leaf of the facts that can carry mail text with all hostile strings."""
    if isinstance(value, dict):
        return {k: (v if k in _NOT_FROM_MAIL else _inject(v, hostile, counter))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_inject(v, hostile, counter) for v in value]
    if isinstance(value, str):
        counter[0] += 1
        return " ".join(hostile) + " " + value
    return value


#: Keys whose values never hold text from mail: fixed vocabulary, dates, jobmail's own status,
#: and leak_explanation (built from counts only, pipeline/digest.py). Every other string leaf,
#: including any added later, is treated as mail-sourced.
_NOT_FROM_MAIL = {"week", "period_start", "period_end", "leak", "leak_explanation", "area",
                  "rule", "label", "labels", "reasons", "generated_at", "rejected_on",
                  "requested_on", "date", "timezone", "software"}


def test_renderer_escapes_hostile_text_in_every_mail_sourced_field(dovecot, mail_user,
                                                                   jobmail_for):
    """Every string the digest shows is put through hostile content, then rendered.

    The facts come from a real database (a small job search ingested over IMAP), so the shape is
    whatever build_facts really produces; each string leaf is prefixed with one hostile string.
    """
    from tests.ingest_helpers import sample_message

    msgs = [
        sample_message(1, subject="Interview invitation: Backend Engineer",
                       sender="Dana <dana@acme.example>",
                       body="Hi,\n\nWe would like to invite you to an interview for the backend "
                            "engineer role. Please pick a slot.\n\nDana, Acme\n",
                       date="Tue, 04 Nov 2025 09:00:00 +0000"),
        sample_message(2, subject="Your application to Globex",
                       sender="Globex Careers <jobs@globex.example>",
                       body="Thank you for your application. Unfortunately we decided not to "
                            "move forward. Feedback: work on system design.\n",
                       date="Wed, 05 Nov 2025 09:00:00 +0000"),
    ]
    dovecot.load(mail_user, "INBOX", msgs)
    jm = jobmail_for(dovecot, mail_user)
    assert jm.ingest().returncode == 0
    facts_run = jm.run("digest", "--week", WEEK, "--format", "json")
    assert facts_run.returncode == 0, facts_run.stderr
    facts = json.loads(facts_run.stdout)
    # Whatever the model made of the two messages, the fields spec/digest.md fixes for mail
    # text are present: an open feedback request and the focus evidence.
    facts["pending_feedback"] = [{"company": "Initech", "rejected_on": "2025-11-03",
                                  "requested_on": "2025-11-04", "days_waiting": 5}]
    facts["focus"]["summary"] = "Focus summary naming Initech."
    facts["focus"]["evidence"] = ["system design named by Initech (2025-11-03)"]
    counter = [0]
    hostile = list(HOSTILE_STRINGS.values())
    poisoned = _inject(copy.deepcopy(facts), hostile, counter)
    assert counter[0] >= 3, "the facts hold almost no text: the injection tests nothing"
    rendered = render(poisoned)
    _assert_inert_html(rendered.html)
    _assert_inert_text(rendered.text)
    _assert_inert_text(rendered.markdown)
    # The hostile text is shown (escaped), not dropped or evaluated ({{ 7*7 }} stays as is).
    for kind, text in HOSTILE_STRINGS.items():
        assert _shown_escaped(text, rendered.html), f"{kind} missing from the HTML"
        assert _visible(text) in rendered.text, f"{kind} missing from the text"
