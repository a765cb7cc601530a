"""Cleaner: page leftovers a reader found on fresh article-extraction dev pages (s8 reader
item 14): a WordPress shortcode printed as text, a slideshow's JavaScript notice, a share
widget's slogan, a meta bar with a labelled stamp, a sales pitch ending in "Click here for
more information", and the bare dates of related-story teasers whose headlines the
extractor dropped. Each has near misses of real content that must stay.

All text is invented (a fictional ferry strike in "Port Velling", fictional outlets).
"""

from __future__ import annotations

import pytest
import support

from storylens.clean import clean_text

P1 = (
    "Ferry crews in Port Velling walked out on Monday morning after talks over night-shift pay "
    "broke down, stranding about 4,000 commuters on both sides of the sound."
)
P2 = (
    "Union organiser Mira Kessel said the crews would stay out until the operator restored the "
    "overtime rate it cut in March, and that a second vote was planned for Friday."
)

_page = support.page
_removed = support.removed_reasons


def _kept(text: str) -> list[str]:
    return clean_text(text).text.split("\n")


JUNK = [
    ('[button link="https://example.org/submit-review/" type="big" newwindow="yes"] Send us '
     "YOUR ferry story[/button]", "code"),
    ('[gallery ids="112,114,120"]', "code"),
    ("This slideshow requires JavaScript.", "widget"),
    ("JavaScript is disabled in your browser.", "widget"),
    ("Sharing is caring!", "widget"),
    ("Spread the love", "widget"),
    ("Port Velling, Harbour Desk | Updated : 19 November 2031, 09:01 AM", "timestamp"),
    ("Get Sound Monthly delivered through your letterbox every month. 12 issues for \u00a311.99. "
     "Click here for more information.", "promo"),
]


@pytest.mark.parametrize("line,reason", JUNK)
def test_page_leftovers_removed_with_their_reason(line, reason):
    assert _removed(_page(P1, line, P2))[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        "[Updated] The operator has since agreed to meet the union on Thursday.",
        "The strike committee [of the Velling ferry union] met again on Tuesday night.",
        "The operator's new ticket app requires JavaScript, and older phones cannot run it.",
        "\u201cSharing is caring,\u201d the harbour master told the stranded commuters.",
        "Harbour news | Updated plans for the night service were shown to the union.",
        "The council raised the bus fare to \u00a32.50 on Monday. Click here for more information.",
    ],
)
def test_near_misses_of_page_leftovers_stay(line):
    assert line in _kept(_page(P1, line, P2))


def test_a_run_of_bare_dates_between_paragraphs_goes():
    dates = ["December 18, 2029", "June 15, 2024", "May 27, 2028"]
    removed = _removed(_page(P1, *dates, P2))
    assert {d: removed.get(d) for d in dates} == dict.fromkeys(dates, "related-link")
    assert clean_text(_page(P1, *dates, P2)).published is None  # teaser dates date nothing


@pytest.mark.parametrize(
    "text",
    [
        # a timeline: each date heads the paragraph under it
        _page(P1, "March 4, 2031", "The crews voted to strike.", "March 9, 2031", "Talks broke down.", P2),
        # one bare date between paragraphs (a heading, or the page's own date)
        _page(P1, "November 19, 2031", P2),
    ],
)
def test_dates_with_text_between_or_alone_stay(text):
    kept = _kept(text)
    assert [d for d in ("March 4, 2031", "March 9, 2031", "November 19, 2031") if d in text] == [
        d for d in ("March 4, 2031", "March 9, 2031", "November 19, 2031") if d in kept
    ]
