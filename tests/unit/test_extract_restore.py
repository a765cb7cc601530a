"""A body the extractor cuts at an ad break is put back from copies of its container, and
only from those: a sidebar cell, a teaser chunk, a comment thread and chunk labels stay out
(rules: ``RESTORE_*`` in ``rules/extraction.py``). Invented pages about a fictional ferry
strike in Port Velling."""

from __future__ import annotations

from storylens.clean import clean_article
from storylens.extract import _page_blocks, extract_page
from storylens.models import RawArticle
from storylens.options import Options

FIRST = [
    "Ferry crews in Port Velling walked off the job on Tuesday after talks over night shifts collapsed, the harbour board said.",
    "The strike halted all twelve crossings to the outer islands, leaving about 3,000 commuters to find other ways to work.",
    "Union organiser Dana Holt said the crews had waited eight months for a reply to their proposal on rest breaks.",
]
AFTER_AD = [
    "The harbour board said it would meet union leaders again on Thursday and hoped to restore a partial timetable by the weekend.",
    "Shop owners on Gull Island said trade had fallen by half within a day, as tourists cancelled their trips to the coast.",
    "A water-taxi firm said it had added four boats, but could carry no more than a tenth of the usual passengers.",
]
BODY_CELL = "grid-item body article__body"
SIDE_CELL = "grid-item aside"


def chunk(paras: list[str], cell: str = BODY_CELL, side: str = "") -> str:
    """One row of the page grid: a body cell of paragraphs and an (ad) aside cell."""
    return (
        f"<div class='grid'><div class='{cell}'>{''.join(f'<p>{p}</p>' for p in paras)}</div>"
        f"<div class='{SIDE_CELL}'>{side}</div></div>"
    )


def page(rows: str, after: str = "") -> str:
    return (
        "<html><head><title>Ferry crews strike in Port Velling</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        "<article><header><h1>Ferry crews strike in Port Velling</h1></header>"
        f"<div class='chunks'>{rows}</div></article>{after}"
        "<footer><p>Copyright 2031 The Velling Ledger. All rights reserved by the owners of this site.</p></footer>"
        "</body></html>"
    )


AD = "<div class='ad'><div class='ad__label'>Advertisement</div></div>"


def extract(html: str):
    return extract_page(html, "ferry.html", "https://ledger.example/ferry")


def test_paragraphs_after_an_ad_break_are_put_back_in_order_and_recorded():
    raw, dropped = extract(page(chunk(FIRST) + AD + chunk(AFTER_AD)))
    at = [raw.text.index(p) for p in FIRST + AFTER_AD]
    assert at == sorted(at)
    notes = [r for r in dropped if r.reason == "restored"]
    assert len(notes) == 1 and "put back 3 body paragraph(s)" in notes[0].text
    assert "Shop owners on Gull Island said" in notes[0].text
    assert not any(r.reason == "not-extracted" and r.text in AFTER_AD for r in dropped)


def test_the_cleaned_article_keeps_the_restored_paragraphs():
    html = page(chunk(FIRST) + AD + chunk(AFTER_AD))
    art = clean_article(RawArticle(source="ferry.html", html=html, url="https://ledger.example/ferry"), "a1", Options())
    assert all(p in art.text for p in FIRST + AFTER_AD)
    assert [r.line for r in art.removed if r.reason == "restored"] == [0]


def test_a_sidebar_cell_of_the_same_grid_stays_out():
    # Prose, low on links, 1 level from the body's row: but its cell is not the body's.
    side = "<p>Readers of the Velling Ledger can now get the morning briefing in their inbox every weekday.</p>"
    raw, dropped = extract(page(chunk(FIRST) + AD + chunk(AFTER_AD, side=side)))
    assert "morning briefing" not in raw.text
    assert any(r.reason == "not-extracted" and "morning briefing" in r.text for r in dropped)


def test_a_teaser_chunk_of_the_body_shape_stays_out_when_its_words_are_links():
    teasers = [
        "<a href='/s/1'>Island schools switch to remote lessons as the ferry strike enters a second week.</a>",
        "<a href='/s/2'>Harbour board chair faces calls to resign over the handling of the ferry dispute.</a>",
    ]
    raw, _ = extract(page(chunk(FIRST) + AD + chunk(AFTER_AD) + AD + chunk(teasers)))
    assert "remote lessons" not in raw.text and "calls to resign" not in raw.text
    assert AFTER_AD[-1] in raw.text


def test_a_label_of_the_chunk_is_not_a_sentence_and_stays_out():
    label = ["More great stories from the Velling Ledger newsroom this week"]
    raw, _ = extract(page(chunk(FIRST) + AD + chunk(AFTER_AD + label)))
    assert AFTER_AD[0] in raw.text
    assert "More great stories" not in raw.text


def test_a_comment_thread_after_the_body_stays_out():
    comments = "<section class='comments'>" + "".join(
        f"<div class='comment'><div class='comment__body'><p>{c}</p></div></div>"
        for c in (
            "I have taken that ferry for twenty years and the night crews have always been short-staffed.",
            "The board should have answered the union months ago instead of letting this drag on all summer.",
        )
    ) + "</section>"
    raw, _ = extract(page(chunk(FIRST) + AD + chunk(AFTER_AD), after=comments))
    assert "twenty years" not in raw.text and "drag on all summer" not in raw.text


def test_page_blocks_count_linked_words_also_around_a_block():
    from lxml import html as lh

    tree = lh.fromstring(
        "<html><body><p>The <a href='/b'>harbour board</a> met the union on Thursday.</p>"
        "<a href='/s'><p>Island schools switch to remote lessons</p></a></body></html>"
    )
    blocks = {b.text: b.linked for b in _page_blocks(tree)}
    assert blocks["The harbour board met the union on Thursday."] == 2
    assert blocks["Island schools switch to remote lessons"] == 6


# An infinite-scroll page renders the next story below in the same template (review, s6):
# its paragraphs sit in a copy of the body's container, but they are another article.
NEXT_STORY = [
    "A bakery opened on Market Street in Tarn on Friday and sold every rye loaf it had baked by noon.",
    "The owner said she had saved for six years to buy the ovens and hired four people from the town.",
    "Neighbours queued from seven in the morning, and the baker promised a second batch on Saturday.",
]


def _two_stories(wrap: str, title_tag: str) -> str:
    def story(title: str, paras: list[str]) -> str:
        body = f"<div class='story-body'>{''.join(f'<p>{p}</p>' for p in paras)}</div>"
        return f"<{wrap} class='story'><{title_tag}>{title}</{title_tag}>{body}</{wrap}>"

    return ("<html><head><title>Ferry crews strike in Port Velling</title></head><body>"
            "<div class='scroll'>" + story("Ferry crews strike in Port Velling", FIRST + AFTER_AD)
            + story("Bakery opens in Tarn", NEXT_STORY) + "</div></body></html>")


def test_the_next_story_of_an_infinite_scroll_page_is_not_put_back():
    for wrap, title_tag in (("article", "h2"), ("div", "h1")):  # an <article>, a headline
        raw, dropped = extract(_two_stories(wrap, title_tag))
        assert FIRST[0] in raw.text, (wrap, title_tag)
        assert not any(p in raw.text for p in NEXT_STORY), (wrap, title_tag)
        assert not any(r.reason == "restored" for r in dropped), (wrap, title_tag)
