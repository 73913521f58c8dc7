"""Rendering the digest: hostile mail text is shown, never executed or re-interpreted."""

from __future__ import annotations

import copy
from html.parser import HTMLParser

import jinja2
import pytest

from pipeline.render import environment, render, safe_text
from tests.test_digest_rules import ME, Mailbox, at

HOSTILE_SUBJECT = (
    'Re: "offer" <script>alert(1)</script> {{ 7*7 }} {% if 1 %}x{% endif %} \u202egnp.exe'
)
HOSTILE_COMPANY = "Evil<img src=x onerror=alert(1)>Corp \u2067'quoted'"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [k for k, _ in attrs]


@pytest.fixture
def facts(tmp_path):
    box = Mailbox(tmp_path)
    box.add(at(10), ("interview_invite",), HOSTILE_COMPANY, sender="lee@evil.test", name="Lee")
    rej = box.add(
        at(17),
        ("rejection",),
        HOSTILE_COMPANY,
        sender="lee@evil.test",
        name="Lee",
        subject=HOSTILE_SUBJECT,
        outside=("role_filled",),
    )
    box.add(at(3), ("rejection",), "Hooli", sender="hr@hooli.test")
    box.add(at(4), ("feedback_request",), None, sent=True, sender=ME, to=("hr@hooli.test",))
    box.add(at(5), ("feedback",), HOSTILE_COMPANY, sender="lee@evil.test", topics=("coding",))
    box.add(at(3, 12), ("feedback",), "Hooli Careers", sender="x@hooli.test", topics=("coding",))
    assert rej
    return box.facts()


def test_hostile_text_is_escaped_in_html(facts):
    html = render(facts).html
    parser = _Tags()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert "onerror" not in parser.attrs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&#34;offer&#34;" in html  # quotes escaped
    assert "{{ 7*7 }}" in html and "49" not in html  # data is never evaluated as a template
    assert "\u202e" not in html and "[U+202E]" in html  # a bidi override is shown, not applied
    assert "\u2067" not in html and "[U+2067]" in html
    assert "<bdi>" in html
    # the whole document keeps to mail-safe HTML
    assert "<style" not in html and "<img" not in html and "<script" not in html


def test_hostile_text_in_plain_text_and_markdown(facts):
    out = render(facts)
    assert HOSTILE_SUBJECT.replace("\u202e", "[U+202E]") in out.text
    assert "\u202e" not in out.text and "\u202e" not in out.markdown
    assert "<script>" not in out.markdown and "&lt;script&gt;" in out.markdown
    assert "<img" not in out.markdown


def test_every_section_shows_its_facts(facts):
    out = render(facts)
    for text in (out.html, out.text):
        assert "2026-W47" in text
        assert "Hooli" in text and "2026-11-04" in text  # the pending request
        assert "Re: " in text  # the draft for the rejection after an interview
        assert "Last successful ingest" in text
        assert "1 of 1 rejections this week" in text
    assert facts["focus"]["area"] == "coding"
    assert "Coding" in out.subject


def test_chart_has_eight_weeks_of_table_bars(facts):
    html = render(facts).html
    for w in facts["weekly"]:
        assert f">{w['week']}<" in html
    # one bar cell per non-zero count, width proportional to the largest count
    assert 'bgcolor="#c4553d"' in html and 'width="180"' in html


def test_missing_fact_is_an_error_not_a_blank(facts):
    broken = copy.deepcopy(facts)
    del broken["focus"]["summary"]
    with pytest.raises(jinja2.UndefinedError):
        render(broken)


def test_environment_autoescapes_html_j2_and_not_text():
    env = environment()
    assert env.autoescape("digest.html.j2") is True
    assert env.autoescape("digest.txt.j2") is False
    assert safe_text("a\x00b\u202ec") == "ab[U+202E]c"
