"""Session 33: a comparison's publication dates checked against one reference time.

The store's ingest already kept an implausible date out of ``published`` (``dates.parse_published``
with the ingest time); the direct compare path showed a page dated five years ahead as if it
were fine, and its likely source was named "published first" by it. Each row is invented
text (fictional outlets and places).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from storylens.dates import FLAGGED, checked_published, stored_issue
from storylens.models import Article
from storylens.pipeline import compare_articles, dated_articles

REF = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)  # the run's one reference time in these rows


@pytest.mark.parametrize(
    ("raw", "issue"),
    [
        # future by more than a day: flagged
        ("2031-12-19", "future"),
        ("2026-03-11T12:00:01Z", "future"),  # a day and a second ahead
        ("Thu, 12 Mar 2026 09:00:00 +0000", "future"),
        # within a day (time zones, clock skew): no flag
        ("2026-03-11", None),  # tomorrow's midnight, 12 hours ahead
        ("2026-03-11T11:59:59Z", None),  # just under a day ahead
        ("2026-03-11T06:00:00-05:00", None),  # 11:00 UTC the next day: a zone west, same day
        ("2026-03-10T23:30:00+09:00", None),  # a zone east: before the reference in UTC
        ("2026-03-10", None),  # the day itself
        # a relative date ("3 hours ago") is read against the reference: its instant is kept,
        # not its words (tests/unit/test_review33_dates.py)
        # before 1990: flagged
        ("1989-12-31", "before-1990"),
        ("1970-01-01T00:00:00Z", "before-1990"),  # epoch zero as ISO: a missing value
        ("000000000", "before-1990"),  # epoch zero as seconds
        ("1990-01-01", None),  # the first day kept
        # unreadable: flagged
        ("soon after the vote", "unparseable"),
        ("2026-13-40", "unparseable"),  # month 13
        ("March 2026", "incomplete"),  # no day
        # none given: nothing to flag
        (None, None),
        ("", None),
    ],
)
def test_checked_published_flags_what_cannot_be_a_date(raw, issue):
    kept, why = checked_published(raw, REF)
    if issue is None:
        assert why is None and kept == raw  # as given, not normalised
    else:
        assert kept is None and why is not None
        assert (why.issue, why.raw, why.utc) == (issue, raw, None)
        assert why.message and "\n" not in why.message and issue in FLAGGED


def test_the_future_reason_names_the_value_and_says_future():
    _, why = checked_published("2031-12-19", REF)
    assert why is not None
    assert why.message == "'2031-12-19' is more than a day in the future (after the time it was read)"


def _art(i: int, published: str | None, text: str = "The Brennick ferry resumed service on Monday.") -> Article:
    return Article(f"a{i}", f"src{i}.json", f"Outlet {i}", text, title=f"Title {i}", published=published)


def test_dated_articles_sets_a_flagged_date_aside_and_leaves_the_rest_as_given():
    arts = [_art(1, "2031-12-19"), _art(2, "2026-03-09T08:00:00+01:00"), _art(3, None)]
    out = dated_articles(arts, REF)
    assert out[0].published is None and out[0].published_issue is not None
    assert (out[0].published_issue.issue, out[0].published_issue.raw) == ("future", "2031-12-19")
    assert out[1] is arts[1] and out[2] is arts[2]  # untouched: the same objects


def test_dated_articles_keeps_a_stored_flag_as_it_is():
    issue = stored_issue("2031-12-19", "future")
    stored = Article("a1", "s", "Outlet", "Text.", published=None, published_issue=issue)
    assert dated_articles([stored], REF)[0] is stored


@pytest.mark.parametrize(
    ("raw", "code", "issue"),
    [
        ("2031-12-19", "future", "future"),  # read again without the ingest time it would pass
        ("1970-01-01", "before-1990", "before-1990"),
        ("Dec 2026", "incomplete", "incomplete"),
        ("2026-03-09", None, None),  # a date ingest used
        (None, None, None),
        ("3 hours ago", "relative-without-reference", None),  # no flag code of a comparison
    ],
)
def test_stored_issue_rebuilds_the_reason_from_the_store_row(raw, code, issue):
    got = stored_issue(raw, code)
    if issue is None:
        assert got is None
    else:
        assert got is not None and (got.issue, got.raw, got.utc) == (issue, raw, None) and got.message


# --- the outputs ------------------------------------------------------------------------

_TEXT_A = (
    "The Orlenby harbour board voted on Tuesday to close the old grain quay at Vessin Point.\n\n"
    "Board chair Malvina Strode said the quay had become unsafe after the winter storms. "
    "\"We cannot wait another season,\" Strode said.\n\n"
    "Repairs would cost 3.6 million marks, the board said."
)
_TEXT_B = (
    "Orlenby's harbour board on Tuesday voted to close the old grain quay at Vessin Point.\n\n"
    "Board chair Malvina Strode said the quay had become unsafe after the winter storms. "
    "\"We cannot wait another season,\" she said.\n\n"
    "The repairs would cost 3.6 million marks."
)


@pytest.fixture(scope="module")
def flagged_comparison():
    arts = [_art(1, "2031-12-19", _TEXT_A), _art(2, "2026-03-08T09:00:00Z", _TEXT_B)]
    return compare_articles(arts, now=REF)


def test_a_flagged_date_is_no_date_downstream(flagged_comparison):
    c = flagged_comparison
    a1 = c.documents[0].article
    assert a1.published is None and a1.published_issue is not None
    # before: a2 was named the likely source, "published first" before a page dated 2031
    assert "published first" not in c.provenance.explanation
    assert c.provenance.source is None


def test_the_json_document_says_why_and_keeps_published_null(flagged_comparison):
    jsonschema = pytest.importorskip("jsonschema")
    from storylens.report.jsonout import load_schema, to_json

    doc = to_json(flagged_comparison)
    jsonschema.validate(doc, load_schema())
    a1, a2 = doc["articles"]
    assert a1["published"] is None
    assert a1["published_issue"] == {
        "issue": "future", "raw": "2031-12-19",
        "message": "'2031-12-19' is more than a day in the future (after the time it was read)"}
    assert a2["published"] == "2026-03-08T09:00:00Z" and "published_issue" not in a2  # optional key
    bad = dict(a1, published_issue={"issue": "soon", "raw": "x", "message": "y"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dict(doc, articles=[bad, a2]), load_schema())


def test_the_terminal_table_marks_the_date_and_says_why(flagged_comparison):
    from rich.console import Console

    from storylens.report.terminal import render

    buf = io.StringIO()
    render(flagged_comparison, Console(file=buf, width=100, color_system=None))
    out = buf.getvalue()
    assert "2031-12-19 !" in out
    assert "a1: date not used: '2031-12-19' is more than a day in the future (after the time it was read)" in out
    assert "2026-03-08" in out and "2026-03-08 !" not in out


def test_the_html_report_says_why(flagged_comparison):
    from storylens.report.html import render_html

    page = render_html(flagged_comparison)
    assert '<span class="date-issue">2031-12-19 !</span>' in page
    assert "date not used: &#39;2031-12-19&#39; is more than a day in the future" in page
    assert page.count("date not used") == 1  # a2's date is fine


def test_a_stored_article_says_the_issue_ingest_recorded():
    """``storylens story`` and the web story page: the store keeps the raw date and its code."""
    from storylens.engines.local.build import to_article
    from storylens.store.base import StoredArticle

    row = StoredArticle("h1", "k1", "/x/a.json", "Varnholt Courier", "The quay closed.",
                        published=None, published_raw="2031-12-19", published_issue="future")
    a = to_article(row, "a1")
    assert a.published is None and a.published_issue is not None
    assert a.published_issue.message == "'2031-12-19' is more than a day in the future (after the time it was read)"
    fine = StoredArticle("h2", "k2", "/x/b.json", "Lisk Daily", "The quay closed.",
                         published="2026-03-08T09:00:00Z", published_raw="2026-03-08T09:00:00Z")
    assert to_article(fine, "a2").published_issue is None
