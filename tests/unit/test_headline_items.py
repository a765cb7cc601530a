"""Records whose text is only their headline (reader report, session 5, item 10).

An RSS item whose description repeats its title, or title+snippet data with no snippet,
is kept as a one-line article (dedup and stories group it by that line); text that lost
its other lines to the boilerplate rules, and a whole page that yields only its headline,
are skipped with a reason that says so. Invented outlets and events.
"""

from __future__ import annotations

import pytest

from storylens.clean import clean_article
from storylens.errors import InputError
from storylens.models import RawArticle
from storylens.options import Options
from storylens.readers import iter_path

HEADLINE = "Tallow council votes to close Westbury library branch"


def test_a_record_whose_text_is_its_title_is_a_one_line_article():
    raw = RawArticle(source="wire.jsonl:4", text=HEADLINE, title=HEADLINE, outlet="Tallow Courier")
    art = clean_article(raw, "a1", Options())
    assert art.text == HEADLINE and art.title == HEADLINE
    assert [b.kind for b in art.blocks] == ["headline"] and art.removed == ()


def test_a_feed_item_whose_description_repeats_its_title_is_kept(tmp_path):
    feed = tmp_path / "courier.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tallow Courier</title>'
        f"<item><title>{HEADLINE}</title><link>https://courier.example/a1</link>"
        f"<description>&lt;p&gt;{HEADLINE}&lt;/p&gt;</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    (raw,) = list(iter_path(feed, Options()))
    assert raw.html is not None  # the entry's markup fragment: still a feed item, not a page
    art = clean_article(raw, "a1", Options())
    assert art.text == HEADLINE and art.outlet == "Tallow Courier"


def test_text_that_lost_its_other_lines_to_the_rules_says_so():
    raw = RawArticle(source="wire.jsonl:5", text=f"{HEADLINE}\n\nAdvertisement\n\nShare this article", title=HEADLINE)
    with pytest.raises(InputError) as e:
        clean_article(raw, "a1", Options())
    assert e.value.reason == "empty"
    assert e.value.message == (
        "only the headline is left after cleaning (2 line(s) removed as boilerplate;"
        " 'storylens clean' lists them)"
    )


def test_a_whole_page_with_only_its_headline_is_a_failed_extraction():
    page = f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1></body></html>"
    raw = RawArticle(source="saved.html", text=HEADLINE, html=page, title=HEADLINE)
    with pytest.raises(InputError) as e:
        clean_article(raw, "a1", Options())
    assert e.value.message == "the page's text is only its headline (no article body found)"


def test_junk_only_text_keeps_its_reason():
    raw = RawArticle(source="junk.txt", text="Advertisement\n\nLoading...")
    with pytest.raises(InputError) as e:
        clean_article(raw, "a1", Options())
    assert e.value.message == "no article text left after cleaning"


def test_a_headline_with_a_body_is_unchanged():
    body = "The branch on Mill Lane will shut in March, the council said after a 7-2 vote on Tuesday night."
    raw = RawArticle(source="wire.jsonl:6", text=f"{HEADLINE}\n\n{body}", title=HEADLINE)
    art = clean_article(raw, "a1", Options())
    assert [b.kind for b in art.blocks] == ["headline", "paragraph"]
