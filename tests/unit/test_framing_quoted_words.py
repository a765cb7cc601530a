"""Framing and the loaded-word panel read only the outlet's own words: a loaded word
inside quotation marks is the speaker's (reader report, section 6), and a word every
outlet writes shows no difference between them."""

from __future__ import annotations

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.framing import find_framing
from storylens.findings.summary import coverage_summary
from storylens.models import Alignment, Article, Document
from storylens.pipeline import compare_articles
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier"]


def _framing(*sentences: str):
    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=t)))
        for i, t in enumerate(sentences)
    ]
    group = Alignment("edited", tuple(f"a{i + 1}:s0" for i in range(len(docs))), 0.8)
    return [f for f in find_framing(FindingContext.build(docs, [group]))]


def test_a_quoted_loaded_term_is_the_speakers_not_the_outlets():
    found = _framing(
        "The envoy received Tarn's protest over the hawkish comments made by Vella officials.",
        "The envoy was asked to convey Tarn's protest over their “warmongering statements”, "
        "the ministry said.",
    )
    assert not [f for f in found if f.detail["kind"] == "loaded_term"], [f.summary for f in found]


def test_near_miss_the_same_loaded_term_in_the_outlets_own_words_is_still_framing():
    found = _framing(
        "The envoy received Tarn's protest over the hawkish comments made by Vella officials.",
        "The envoy received Tarn's protest over the warmongering comments made by Vella "
        "officials.",
    )
    words = {(f.detail["a"]["word"], f.detail["b"]["word"]) for f in found}
    assert ("hawkish", "warmongering") in words, words


def test_a_quoted_hedge_is_neither_a_hedge_nor_the_plain_side():
    found = _framing(
        "The council closed the harbour road after the collapse of the sea wall.",
        "The council closed the harbour road after what Mayor Orla Dunn called the "
        "\"so-called collapse\" of the sea wall.",
    )
    assert not [f for f in found if f.detail["kind"] == "doubt_hedge"], [f.summary for f in found]


def test_near_miss_the_outlets_own_hedge_is_reported():
    found = _framing(
        "The council closed the harbour road after the collapse of the sea wall.",
        "The council closed the harbour road after the so-called collapse of the sea wall.",
    )
    assert [f for f in found if f.detail["kind"] == "doubt_hedge"]


def _summary(texts: dict[str, str]):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=t)
            for i, (o, t) in enumerate(texts.items())]
    return coverage_summary(compare_articles(arts))


LEDE = "Dock workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."


# "stormed" was the example here until s7: a term with a plain literal sense now counts only
# beside another outlet's wording of the same sentence (test_summary_loaded_lines.py), so
# the panel rule is shown with "mob", a label with no literal sense.
def test_panel_leaves_out_a_word_both_outlets_write():
    cov = _summary({
        "Harbour Post": LEDE + " A mob of workers blocked the harbour office at noon.",
        "Vella Times": LEDE + " At noon a mob of workers blocked the office of the harbour.",
    })
    assert not [w for w in cov["wording"] if w["word"] == "mob"], cov["wording"]
    for o in cov["outlets"]:
        assert o["loaded"] == 1  # still counted for each outlet
        # ... and listed in the row that counts it (s8 reader report item 11: a row's
        # count with no word shown); only the story-wide list leaves it out
        assert [w["word"] for w in o["loaded_top"]] == ["mob"]


def test_near_miss_panel_keeps_a_word_only_one_outlet_writes():
    cov = _summary({
        "Harbour Post": LEDE + " A mob of workers blocked the harbour office at noon.",
        "Vella Times": LEDE + " At noon a group of workers waited at the office of the harbour.",
    })
    # in the outlet's own profile; the story-wide "most different" list needs another
    # outlet's wording of the same thing beside it (s6 reader report item 7)
    post = next(o for o in cov["outlets"] if o["outlet"] == "Harbour Post")
    assert [w["word"] for w in post["loaded_top"]] == ["mob"]
    assert all(w["others"] for w in cov["wording"])


def test_a_literal_word_both_outlets_write_is_not_counted():
    cov = _summary({
        "Harbour Post": LEDE + " Dozens of workers stormed the harbour office at noon.",
        "Vella Times": LEDE + " At noon dozens of workers stormed the office of the harbour.",
    })
    assert all(o["loaded"] == 0 for o in cov["outlets"])

