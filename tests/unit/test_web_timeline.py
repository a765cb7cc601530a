"""Publication timeline: a date-only article is "some time that day", not midnight.

Ingest normalises a bare date to ``YYYY-MM-DDT00:00:00Z``; the timeline used to put such
articles at "01 Jan 00:00", before every article of the day that gave a real time (s7
reader, story of six outlets on one morning). Invented outlets throughout.
"""

from __future__ import annotations

import re

import pytest

from storylens.dates import is_date_only
from storylens.web.svg import TimelineItem, timeline


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-14", True),  # a bare date, as a record gives it
        ("2026-03-14T00:00:00Z", True),  # the same after ingest
        ("2026-03-14T00:00Z", True),
        ("2026-03-14T00:00:00+00:00", True),
        # near misses: a time of day, even a minute past midnight or midnight elsewhere
        ("2026-03-14T00:01:00Z", False),
        ("2026-03-14T00:00:01Z", False),
        ("2026-03-14T12:00:00Z", False),
        ("2026-03-14T00:00:00+05:30", False),
        ("", False),
        (None, False),
        ("14 March 2026", False),  # not normalised: not ours to read here
    ],
)
def test_is_date_only(value, expected) -> None:
    assert is_date_only(value) is expected


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def _x(svg: str, article: str) -> float:
    m = re.search(rf'data-article="{article}">.*?<circle cx="([\d.]+)"', svg)
    assert m, article
    return float(m.group(1))


SIX = [
    TimelineItem("a1", "Harbour Post", "2026-03-14T00:00:00Z"),  # date only
    TimelineItem("a2", "Valley Star", "2026-03-14T00:00:00Z"),  # date only
    TimelineItem("a3", "Evening Gazette", "2026-03-14T07:52:00Z"),
    TimelineItem("a4", "Coastline Wire", "2026-03-14T11:56:01Z"),
    TimelineItem("a5", "Ridge Courier", "2026-03-14T15:07:12Z"),
    TimelineItem("a6", "Northfield Daily", "2026-03-14T15:07:28Z"),
]


def test_date_only_articles_sit_in_their_day_not_before_it() -> None:
    svg = str(timeline(SIX))
    texts = _texts(svg)
    assert not any("00:00" in t for t in texts), texts
    # the axis runs from the first real time to the last, each end tick a real time
    assert texts[0] == "14 Mar 07:52" and texts[2] == "14 Mar 15:07"
    # between the morning and the afternoon articles, not before the first
    for day_only in ("a1", "a2"):
        assert _x(svg, "a3") < _x(svg, day_only) < _x(svg, "a5")
    # told apart: a hollow dot and a tooltip that gives the day only
    assert svg.count('class="sl-tl-item sl-tl-day"') == 2
    assert "Harbour Post — 2026-03-14 (date only, no time given)" in svg
    assert "Evening Gazette — 2026-03-14T07:52:00Z" in svg


def test_ticks_of_date_only_ends_give_the_day() -> None:
    svg = str(timeline([SIX[0], TimelineItem("b", "Valley Star", "2026-03-16T00:00:00Z")]))
    assert _texts(svg)[:3] == ["14 Mar", "15 Mar", "16 Mar"]
    one = str(timeline(SIX[:2]))  # two date-only articles of one day: one tick, the day
    assert _texts(one)[0] == "14 Mar"
    # a timed end keeps its time beside a date-only one
    mixed = str(timeline([SIX[0], TimelineItem("b", "Valley Star", "2026-03-17T09:30:00Z")]))
    assert _texts(mixed)[0] == "14 Mar" and _texts(mixed)[2] == "17 Mar"  # span > 2 days: days
    close = str(timeline([SIX[0], TimelineItem("b", "Valley Star", "2026-03-15T09:30:00Z")]))
    assert _texts(close)[0] == "14 Mar" and _texts(close)[2] == "15 Mar 09:30"
