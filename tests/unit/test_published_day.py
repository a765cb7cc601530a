"""The day shown for an article's date in the terminal table and the HTML report: the UTC
day of any readable form, never the first ten characters of an RFC 2822 string
("Wed, 01 Ja", seen on SemEval feeds in the third-session reading). Invented articles."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from rich.console import Console

from storylens.dates import published_day
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.report.html import render_html
from storylens.report.terminal import render


def test_published_day_of_each_form():
    assert published_day("Wed, 01 Jan 2031 07:00:00 GMT") == "2031-01-01"
    assert published_day("2031-01-01T23:30:00-02:00") == "2031-01-02"  # the UTC day
    assert published_day("2031-01-01") == "2031-01-01"
    # near misses: an unreadable value is shown whole (cut with an ellipsis past 16
    # characters), none is None
    assert published_day("around new year") == "around new year"
    assert published_day("around the new year holiday") == "around the new …"
    assert published_day(None) is None and published_day("") is None


def _comparison():
    body = ["Ferry crews in Vella walked out on Monday over unpaid wages, the union said.",
            "Crossings to Tarn were halted for the whole day while talks went on."]
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text="\n\n".join(body),
                    published="Wed, 01 Jan 2031 07:00:00 GMT"),
            Article(id="a2", source="t", outlet="Vella Times", text="\n\n".join(body),
                    published="2031-01-01T09:00:00Z")]
    # (s33) the run's reference time just after these dates: a comparison flags one more
    # than a day after it (tests/unit/test_dates_session33.py), which is not this test's point
    return compare_articles(arts, Options(), now=datetime(2031, 1, 2, tzinfo=UTC))


def test_terminal_and_html_show_the_day():
    comp = _comparison()
    buf = io.StringIO()
    render(comp, Console(file=buf, width=120, color_system=None))
    out = buf.getvalue()
    assert "Wed, 01 Ja" not in out
    assert out.count("2031-01-01") >= 2
    html = render_html(comp)
    body = html.split('id="storylens-data"')[0]  # the embedded JSON keeps the raw value
    assert "Wed, 01 Ja" not in body and "2031-01-01" in body
