"""Cleaner and extractor: junk that comes as a block, not a line (session 7): the rest of a
newsletter box and teaser list at the body's end, a standing footer to readers, a paragraph
printed twice, reprint and error notices, a slash photo credit, a related-coverage label,
an inline related-story link between paragraphs, and copies of the whole body left out of
the extraction. Each shape has near misses of real content that must stay.

All text is invented (a fictional ferry strike in "Port Velling", fictional outlets and
people); agency names are real because credits are what the rules look for.
"""

from __future__ import annotations

import re

import pytest
import support

from storylens.clean import clean_text
from storylens.extract import extract_page

P1 = (
    "Ferry crews in Port Velling walked out on Monday morning after talks over night-shift pay "
    "broke down, stranding about 4,000 commuters on both sides of the sound."
)
P2 = (
    "Union organiser Mira Kessel said the crews would stay out until the operator restored the "
    "overtime rate it cut in March, and that a second vote was planned for Friday."
)
P3 = (
    "The operator, Sound Link, said it had laid on extra buses around the bay and that the "
    "night service would run with a reduced timetable from Wednesday."
)


_page = support.page
_removed = support.removed_reasons


def _kept(text: str) -> list[str]:
    return clean_text(text).text.split("\n")


# --- a widget block at the body's end -----------------------------------------------------

NEWSLETTER = [
    "Velling Morning Newsletter",
    "Get the day's big stories plus the tide tables you love, every morning.",
    "Thanks for signing up!",  # removed by a rule: a form's message
    "Keep an eye on your inbox for the latest harbour news.",  # removed by a rule
    "Sorry!",
    "There was an error processing your subscription.",  # removed by a rule
    "Join our Free Harbour Quiz Challenge",
    "- Ferry fares rise again The operator blames fuel costs for the third rise this year.\n"
    "- Lighthouse reopens Visitors can climb the tower from June.",
]


def test_newsletter_box_and_teasers_after_the_body_go_as_one_block():
    gone = _removed(_page(P1, P2, P3, *NEWSLETTER))
    for line in NEWSLETTER:
        for part in line.split("\n"):
            assert part in gone
    assert gone["Velling Morning Newsletter"] == "widget-block"
    assert gone["Sorry!"] == "widget-block"
    assert gone["- Lighthouse reopens Visitors can climb the tower from June."] == "widget-block"
    assert _kept(_page(P1, P2, P3, *NEWSLETTER)) == [P1, "", P2, "", P3]


# near misses: the body's last short paragraph, a short paragraph after an ad label,
# a list of the story's facts after a single share button
KEEP_BLOCK = [
    # a short last paragraph of the story above a sign-up message: no title above it
    (_page(P1, P2, "The strike vote is on Friday.", "Sign up for our Harbour Daily newsletter"),
     "The strike vote is on Friday."),
    # an ad label (one word) triggers nothing: the short paragraph after it stays
    (_page(P1, P2, "Advertisement", "Talks resume on Thursday."), "Talks resume on Thursday."),
    (_page(P1, P2, "Advertisement", "- Buses run every 20 minutes.\n- Night ferries are cancelled."),
     "- Buses run every 20 minutes."),
    # a sentence after the sign-up message is not a widget's label
    (_page(P1, P2, "Sign up for our Harbour Daily newsletter", "Mira Kessel spoke to reporters outside the depot."),
     "Mira Kessel spoke to reporters outside the depot."),
    # the story's sign-off above an app promo is no widget's title
    (_page(P1, P2, "(Compiled by Ann Quill)", "For more news your way, download the Velling Ledger app for iOS and Android."),
     "(Compiled by Ann Quill)"),
    # a heading and a plain last paragraph (no address to the reader) above a sign-up line
    (_page(P1, "## What comes next", "The union meets the operator on Friday.", "Sign up for our Harbour Daily newsletter"),
     "The union meets the operator on Friday."),
]


@pytest.mark.parametrize("text,line", KEEP_BLOCK)
def test_real_lines_beside_a_widget_stay(text, line):
    assert line in _kept(text)


# --- standing footer, repeated paragraph ------------------------------------------------

FOOTER = (
    "The Velling Ledger is committed to publishing a range of letters to the editor. We'd like "
    "to hear what you think about this or any of our articles. Here's our email: letters@velling-ledger.example."
)


def test_standing_footer_to_readers_closing_the_body_goes():
    assert _removed(_page(P1, P2, FOOTER))[FOOTER] == "standing-footer"


@pytest.mark.parametrize(
    "line",
    [
        # a quoted appeal with an address is reporting
        "\"If you saw the collision, write to tips@vellpolice.example,\" the harbour master said on Monday.",
        # the address in the middle of the body: not the closing line
        None,
    ],
)
def test_an_address_in_reporting_stays(line):
    if line is None:
        mid = "Readers who saw the collision can write to you at tips@vellpolice.example, police said."
        assert mid in _kept(_page(P1, mid, P2))
    else:
        assert line in _kept(_page(P1, P2, line))


def test_a_paragraph_printed_twice_is_kept_once():
    gone = clean_text(_page(P1, P2, P3, P1)).removed
    assert [(r.text, r.reason) for r in gone] == [(P1, "repeated")]
    assert clean_text(_page(P1, P2, P3, P1)).text.count(P1) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Yes.",  # a short repeated answer in a transcript
        "- Night ferries are cancelled.",  # a repeated list item
        "Ferry timetable for Port Velling and the outer islands",  # no sentence end: a heading
    ],
)
def test_short_and_legitimate_repeats_stay(line):
    text = _page(P1, line, P2, line, P3)
    assert _kept(text).count(line) == 2


# --- line rules ---------------------------------------------------------------------------

JUNK = [
    ("- Order Reprints", "widget"),
    ("- Print Article", "widget"),
    ("This copy is for your personal, non-commercial use only. To order presentation-ready copies "
     "for distribution to your colleagues, clients or customers visit the reprints desk.", "widget"),
    ("An error has occurred, please try again later.", "widget"),
    ("Related coverage from Money Matters: Retirement:", "related-link"),
    ("Mira Kessel/Velling Times/Getty Images", "photo-credit"),
    ("Mira Kessel/AFP", "photo-credit"),
]


@pytest.mark.parametrize("line,reason", JUNK)
def test_notices_and_credits_removed_with_their_reason(line, reason):
    assert _removed(_page(P1, line, P2))[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        "An error occurred in the ferry's steering system on Monday, the operator said in a statement.",
        "The union will print the article's claims in its own newsletter, Mira Kessel said.",
        "More coverage from the strike will follow as the vote nears, the editor wrote to readers.",
        "Mira Kessel/Velling Union",  # a person and her union: no agency closes it
        "This copy of the contract is for the union's members only, Kessel said.",
    ],
)
def test_near_misses_of_notices_stay(line):
    assert line in _kept(_page(P1, line, P2))


# --- extractor: inline related links, copies of the body ---------------------------------

def _html(body: str, hidden: str = "") -> str:
    return (
        "<html><head><title>Ferry crews strike over night pay</title></head><body><article>"
        f"<h1>Ferry crews strike over night pay</h1>{body}</article>{hidden}</body></html>"
    )


def test_inline_related_link_between_paragraphs_is_removed_from_the_page():
    link = "Velling Ferry Fares Rise for the Third Time This Year"
    body = (
        f"<p>{P1}</p><p class='related'><a href='https://example.org/fares'>{link}</a></p>"
        f"<p>{P2}</p><p>{P3}</p>"
    )
    raw, dropped = extract_page(_html(body), "a.html")
    assert link not in raw.text
    assert P2 in raw.text
    assert (link, "related-link") in [(r.text, r.reason) for r in dropped]


@pytest.mark.parametrize(
    "para",
    [
        # a linked sentence keeps its full stop: reporting
        "<a href='https://example.org/report'>Read the Sound Link safety report in full.</a>",
        # a heading-like line that is only partly a link
        "Background: <a href='https://example.org/fares'>Ferry Fares</a> Rose Three Times",
    ],
)
def test_linked_sentences_stay(para):
    body = f"<p>{P1}</p><p>{para}</p><p>{P2}</p><p>{P3}</p>"
    raw, _ = extract_page(_html(body), "a.html")
    text = para.split(">", 1)[1].split("<", 1)[0] if para.startswith("<a") else "Background:"
    assert text in raw.text


def _left_out(html: str, text: str) -> list[str]:
    """What the extractor records as left out of ``text`` for the page ``html`` (the
    recovery step alone, so the test does not depend on what trafilatura picks)."""
    import trafilatura

    from storylens.extract import _page_blocks, _recover

    _, dropped = _recover(text, _page_blocks(trafilatura.load_html(html)), None)
    return [r.text for r in dropped if r.reason == "not-extracted"]


def test_hidden_copies_of_the_body_are_one_summary_line():
    body = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    copy = f"<div style='display:none'><div itemprop='articleBody'>{P1} {P2} {P3}</div></div>"
    listed = _left_out(_html(body, copy + copy), _page(P1, P2, P3))
    assert not any(P2 in t for t in listed)
    assert len(listed) == 1
    assert re.fullmatch(r"\[\d cop(?:y|ies) of the article body \(.*words\) printed again on the page: not listed\]", listed[0])


def test_a_long_left_out_block_that_only_shares_a_paragraph_with_the_body_is_listed():
    body = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    other = (
        f"<footer><div>{P1} Meanwhile the harbour museum opens its new lighthouse wing on Saturday "
        "with a display of lamps, logbooks and charts gathered from keepers' families along the "
        "coast over the past decade, and entry is free for residents of the bay.</div></footer>"
    )
    listed = _left_out(_html(body, other), _page(P1, P2, P3))
    assert any("harbour museum" in t for t in listed)
    assert not any("cop" in t and "of the article body" in t for t in listed)
