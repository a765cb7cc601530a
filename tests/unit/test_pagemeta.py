"""Page metadata the extractor misses: the page's own site name, bylines with dates.

Reader report, session 5, item 12. Table-driven, with near-miss names that look like
dates ("Brian May", "Lena Sun"). Invented pages and people.
"""

from __future__ import annotations

import pytest

from storylens.readers.markup import from_html
from storylens.readers.pagemeta import clean_author, site_name


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        # trafilatura's "; "-joined bylines with the date glued on
        ("Odile Fenwick Monday; November", "Odile Fenwick"),
        ("Pia Ramsden November", "Pia Ramsden"),
        ("TALLOW COURIER STAFF NOVEMBER", "TALLOW COURIER STAFF"),
        ("Mirela Okonski; Bram Dace Tuesday; December", "Mirela Okonski; Bram Dace"),
        ("Jane Holloway May 5, 2026", "Jane Holloway"),
        ("Tom Varga Published 10:30 a.m. ET", "Tom Varga"),
        ("Ann Quill Updated Nov. 25, 2026 at 9:14 pm", "Ann Quill"),
        ("November", None),
        # near misses: names that are (or contain) date words stay whole
        ("Brian May", "Brian May"),
        ("April Ryland", "April Ryland"),
        ("Lena Sun", "Lena Sun"),
        ("Peggy March", "Peggy March"),
        ("Theresa May; Monday", "Theresa May"),
        ("Corin Dale; Tallow Courier", "Corin Dale; Tallow Courier"),
        ("Ann Lee, Updated", "Ann Lee, Updated"),  # no date in the run: left alone
        (None, None),
        ("", ""),
    ],
)
def test_clean_author(author, expected):
    assert clean_author(author) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="og:site_name" content="Tallow Courier">', "Tallow Courier"),
        ("<meta content='Tallow Courier' property='og:site_name'/>", "Tallow Courier"),
        ('<meta property="og:site_name" content="The Marrowby Post | marrowby.example">', "The Marrowby Post"),
        ('<meta property="og:site_name" content="Quill &amp; Ink">', "Quill & Ink"),
        ('<meta name="og:site_name" content="  Brightwater   News ">', "Brightwater News"),
        ('<meta property="og:site_name" content="https://courier.example/">', None),
        ('<meta property="og:title" content="Ferry strike ends">', None),
        ("", None),
    ],
)
def test_site_name(head, expected):
    assert site_name(f"<html><head>{head}</head><body></body></html>") == expected


BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The Marrowby ferry resumed crossings to Sable Reach on Thursday after a two-day strike by deck crews.",
        "Operator Fenwick Lines said all sailings would run to the winter timetable from Friday onwards.",
        "Union organiser Corin Dale said members had accepted a pay offer of four percent over two years.",
    )
)


def _page(head: str) -> str:
    return (
        "<html><head><title>Ferry crossings resume</title>"
        f"{head}</head><body><article><h1>Ferry crossings resume</h1>{BODY}</article></body></html>"
    )


def test_a_saved_page_takes_its_outlet_from_og_site_name_not_the_file_name():
    raw = from_html(_page('<meta property="og:site_name" content="Tallow Courier">'), "saved.html", None, "saved")
    assert raw.outlet == "Tallow Courier"


def test_a_page_that_names_no_site_keeps_the_fallback():
    raw = from_html(_page(""), "saved.html", None, "saved")
    assert raw.outlet == "saved"


def test_og_site_name_beats_the_bare_domain_of_the_url():
    head = '<meta property="og:site_name" content="Tallow Courier">'
    raw = from_html(_page(head), "saved.html", {"url": "https://www.tallowcourier.example/a/1"}, "saved")
    assert raw.outlet == "Tallow Courier"


def test_record_metadata_still_wins():
    head = '<meta property="og:site_name" content="Tallow Courier">'
    raw = from_html(_page(head), "wire.jsonl:3", {"outlet": "Courier Wire", "author": "Pia Ramsden Monday"}, "wire")
    assert raw.outlet == "Courier Wire"
    assert raw.author == "Pia Ramsden Monday"  # the user's own field is kept as given


def test_a_page_byline_loses_its_date():
    raw = from_html(_page('<meta name="author" content="Pia Ramsden November">'), "saved.html", None, "saved")
    assert raw.author == "Pia Ramsden"


_LD_AP = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Ferry crossings resume", "publisher": {"@type": "Organization", '
          '"name": "The Associated Press"}}</script>')


# A page that names a wire agency or a placeholder as its site: (head, url, outlet, credit).
# The domain-derived outlet (or the page's other name for itself) replaces it; an agency
# on its own domain, and names that merely start like a placeholder, stay.
DECLARED_NAMES = [
    ('<meta property="og:site_name" content="Associated Press">',
     "https://www.tallowcourier.example/a/1", "tallowcourier.example", "AP"),
    (_LD_AP + '<meta property="og:site_name" content="Tallow Courier">',
     "https://www.tallowcourier.example/a/1", "Tallow Courier", "AP"),
    ('<meta property="og:site_name" content="Hosted">',
     "https://hosted.wirehouse.example/tallowcourier/article/1", "hosted.wirehouse.example", None),
    ('<meta property="og:site_name" content="Marrowby_">', "http://www.marrowby.example/articles/1", "marrowby.example", None),
    ('<meta property="og:site_name" content="{{site_name}}">', "https://sablereach.example/1", "sablereach.example", None),
    ('<meta property="og:site_name" content="Hosted">', None, "saved", None),  # no domain: the fallback
    # near misses
    ('<meta property="og:site_name" content="Associated Press">', "https://apnews.com/article/1", "Associated Press", None),
    ('<meta property="og:site_name" content="Reuters">', "https://www.reuters.com/world/1", "Reuters", None),
    ('<meta property="og:site_name" content="Associated Press">', None, "Associated Press", None),  # nothing better
    ('<meta property="og:site_name" content="Hosted Weekly">', "https://hw.example/1", "Hosted Weekly", None),
    ('<meta property="og:site_name" content="Home Counties Courier">', "https://hcc.example/1", "Home Counties Courier", None),
    ('<meta property="og:site_name" content="Apex Press">', "https://www.tallowcourier.example/1", "Apex Press", None),
    # a paper whose domain starts with the agency's letters is not the agency's own site
    ('<meta property="og:site_name" content="Associated Press">', "https://www.appleton-ledger.example/1",
     "appleton-ledger.example", "AP"),
    ('<meta property="og:site_name" content="PA Media">', "https://patchford.example/news/1", "patchford.example", "PA"),
    # the wires' own domains with a word after the name stay theirs
    ('<meta property="og:site_name" content="Kyodo">', "https://english.kyodonews.example/1", "Kyodo", None),
    ('<meta property="og:site_name" content="Associated Press">', "https://hosted.ap.example/1", "Associated Press", None),
]


@pytest.mark.parametrize(("head", "url", "outlet", "credit"), DECLARED_NAMES)
def test_a_placeholder_or_agency_site_name_gives_way(head, url, outlet, credit):
    raw = from_html(_page(head), "saved.html", {"url": url} if url else None, "saved")
    assert raw.outlet == outlet
    assert raw.credits == ((credit,) if credit else ())


def test_the_agency_of_the_site_name_is_kept_as_a_credit():
    from storylens.clean import clean_article
    from storylens.models import RawArticle
    from storylens.options import Options

    page = _page('<meta property="og:site_name" content="Associated Press">')
    art = clean_article(RawArticle("saved.html", html=page, url="https://www.tallowcourier.example/a/1"), "a1", Options())
    assert (art.outlet, art.credits) == ("tallowcourier.example", ("AP",))
