"""Whose article a feed entry is (user report, session 11): an aggregator's feed (a news
search feed, a reader's "all sources" feed) does not speak for the sites it links to, so
its title is no entry's outlet; a site's own feed does. Invented feeds and outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.options import Options
from storylens.readers import iter_path

QUAY = "The Velling quay will close for a month after Monday's storm, the harbour office said."
FERRY = "The Marrowby ferry resumed crossings to Sable Reach on Thursday, its operator said."


def rss(title: str, link: str, items: list[tuple[str, str, str]]) -> str:
    """``items``: (title, link, extra markup such as a <source> element)."""
    body = "".join(
        f"<item><title>{t}</title><link>{href}</link><description>{QUAY if i % 2 else FERRY}</description>{extra}</item>"
        for i, (t, href, extra) in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>{link}</link>{body}</channel></rss>'


def entries(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    p = tmp_path / "feed.rss"
    p.write_text(text, encoding="utf-8")
    return [(a.outlet, a.title) for a in iter_path(p, Options())]


CASES = [
    # a search feed: each entry's <source> names its outlet; the " - Outlet" tail goes
    pytest.param(
        rss('"velling quay" - Newsfinder', "https://newsfinder.example/search?q=quay", [
            ("Velling quay to close after storm - Marrowby Tribune", "https://newsfinder.example/r/a1",
             '<source url="https://tribune.example">Marrowby Tribune</source>'),
            ("Storm shuts Velling quay | Sable Courier", "https://newsfinder.example/r/b2",
             '<source url="https://courier.example">Sable Courier</source>'),
        ]),
        [("Marrowby Tribune", "Velling quay to close after storm"), ("Sable Courier", "Storm shuts Velling quay")],
        id="source-element",
    ),
    # an aggregator without <source>: its entries link to two other sites, each its outlet
    pytest.param(
        rss("Harbour news roundup", "https://roundup.example/", [
            ("Quay to close", "https://www.tribune.example/quay", ""),
            ("Ferry resumes", "https://courier.example/ferry", ""),
        ]),
        [("tribune.example", "Quay to close"), ("courier.example", "Ferry resumes")],
        id="links-to-other-sites",
    ),
    # near miss: a site's own feed linking to its subdomain and through one redirector
    pytest.param(
        rss("Marrowby Tribune", "https://www.tribune.example/", [
            ("Quay to close", "https://news.tribune.example/quay", ""),
            ("Ferry resumes", "https://clicks.feedrelay.example/~r/tribune/1", ""),
        ]),
        [("Marrowby Tribune", "Quay to close"), ("Marrowby Tribune", "Ferry resumes")],
        id="own-feed-one-redirector",
    ),
    # near miss: a headline that merely ends like the outlet's name keeps it (no <source>)
    pytest.param(
        rss("Sable Courier", "https://courier.example/", [
            ("Ferry crews thank Marrowby Tribune", "https://courier.example/thanks", ""),
        ]),
        [("Sable Courier", "Ferry crews thank Marrowby Tribune")],
        id="own-feed-title-kept",
    ),
]


@pytest.mark.parametrize(("feed", "want"), CASES)
def test_feed_entry_outlets(tmp_path, feed, want):
    assert entries(tmp_path, feed) == want
