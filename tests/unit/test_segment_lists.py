"""Line lists (timeline boxes, bullets, columns of names) split at their line breaks.

A box of lines without full stops was read as one long sentence, and every word of it
became a 'rare' anchor for alignment. Invented text; near misses are prose that wraps.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.models import Article, Block
from storylens.segment import segment, split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    pytest.param("2019 – The Orm bridge closed\n2020 – The ferry sank\n2021 – Repairs began",
                 ["2019 – The Orm bridge closed", "2020 – The ferry sank", "2021 – Repairs began"],
                 id="years"),
    pytest.param("TIMELINE OF THE FLOODS\nFriday, 7am - River rises in Orm\n"
                 "Thursday, 3pm - Levee fails at Vell",
                 ["TIMELINE OF THE FLOODS", "Friday, 7am - River rises in Orm",
                  "Thursday, 3pm - Levee fails at Vell"], id="heading-and-weekdays"),
    pytest.param("- Ferries cancelled\n- schools shut\n- Roads closed",
                 ["- Ferries cancelled", "- schools shut", "- Roads closed"], id="bullets"),
    pytest.param("\u2022 Ferries cancelled\n\u2022 Schools shut",
                 ["\u2022 Ferries cancelled", "\u2022 Schools shut"], id="bullet-dots"),
    pytest.param("March 3 \u2013 Talks open in Orm\nMarch 9 \u2013 Talks collapse",
                 ["March 3 \u2013 Talks open in Orm", "March 9 \u2013 Talks collapse"], id="months"),
    pytest.param("Cast\nMara Velko\nTarik Vell\nAnton Kessler",
                 ["Cast", "Mara Velko", "Tarik Vell", "Anton Kessler"], id="column-of-names"),
    pytest.param("2019 \u2013 The bridge closed. Crews left\n2020 \u2013 The ferry sank",
                 ["2019 \u2013 The bridge closed.", "Crews left", "2020 \u2013 The ferry sank"],
                 id="stops-inside-an-entry"),
    # near misses: prose that wraps stays one sentence
    pytest.param("The bridge\nreopened on Friday. Cars returned.",
                 ["The bridge\nreopened on Friday.", "Cars returned."], id="lower-case-line"),
    pytest.param("The minister met\nAnton Kessler in Orm and\nVellia on Monday.",
                 ["The minister met\nAnton Kessler in Orm and\nVellia on Monday."],
                 id="capitalised-wrap-with-a-stop"),
    pytest.param("Mara Velko\nChief Executive", ["Mara Velko\nChief Executive"],
                 id="two-unmarked-lines"),
    pytest.param("2019 \u2013 The bridge closed after the storm, and\n2020 \u2013 more came",
                 ["2019 \u2013 The bridge closed after the storm, and\n2020 \u2013 more came"],
                 id="line-that-goes-on"),
    pytest.param("The council voted on\n12 new ferries for Orm and\nVell on Monday.",
                 ["The council voted on\n12 new ferries for Orm and\nVell on Monday."],
                 id="one-number-line-in-prose"),
    # words that only start like a month or weekday are no entry mark
    pytest.param("Mayor Mara Velko said the harbour at\nMarket Street would close, and\n"
                 "Many crews left Orm on Monday.",
                 ["Mayor Mara Velko said the harbour at\nMarket Street would close, and\n"
                  "Many crews left Orm on Monday."], id="month-like-words-in-prose"),
    # hard-wrapped prose whose lines open with a weekday or a number: a line ending with
    # a function word, or running into a lower-case word, ends no entry
    pytest.param("The Vell council said on\nMonday that 300 homes in Orm were flooded and\n"
                 "2,000 people had left.",
                 ["The Vell council said on\nMonday that 300 homes in Orm were flooded and\n"
                  "2,000 people had left."], id="wrap-before-a-weekday"),
    pytest.param("Ferries to Orm stopped at\n9 Harbour Road while crews counted\n"
                 "2,000 damaged boats along the Vell.",
                 ["Ferries to Orm stopped at\n9 Harbour Road while crews counted\n"
                  "2,000 damaged boats along the Vell."], id="wrap-before-numbers"),
    pytest.param("Friday saw the Orm harbour board meet its insurers and the mayor for hours\n"
                 "Saturday brought a second storm that cut the ferry line to Vell Island again\n"
                 "Sunday passed quietly",
                 ["Friday saw the Orm harbour board meet its insurers and the mayor for hours\n"
                  "Saturday brought a second storm that cut the ferry line to Vell Island again\n"
                  "Sunday passed quietly"], id="mostly-long-lines"),
    # near misses of those: real entries still split
    pytest.param("Orm Daily was founded in\n1901 \u2013 first issue\n1950 \u2013 moved to Vell",
                 ["Orm Daily was founded in\n1901 \u2013 first issue", "1950 \u2013 moved to Vell"],
                 id="entries-after-a-wrapped-heading"),
    pytest.param("- Ferries cancelled for the whole weekend on every route between Orm and Vell Island\n"
                 "- Schools shut across the district until the water has gone down again",
                 ["- Ferries cancelled for the whole weekend on every route between Orm and Vell Island",
                  "- Schools shut across the district until the water has gone down again"],
                 id="long-bulleted-entries"),
    pytest.param("Sept 3 \u2013 Talks open in Orm\nWed \u2013 Talks collapse",
                 ["Sept 3 \u2013 Talks open in Orm", "Wed \u2013 Talks collapse"],
                 id="abbreviated-month-and-weekday"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_line_lists(text, expected):
    assert sents(text) == expected


def test_a_list_block_in_an_article_keeps_exact_offsets():
    text = "Floods hit Orm\n\nTIMELINE\n2019 \u2013 Levee built\n2020 \u2013 Levee failed\n\nCrews returned."
    head = text.index("\n\n")
    box = text.index("TIMELINE")
    box_end = text.index("\n\nCrews")
    art = Article("a1", "test", "Orm Daily", text,
                  blocks=(Block("headline", 0, head), Block("paragraph", box, box_end),
                          Block("paragraph", box_end + 2, len(text))))
    doc = segment(art)
    assert [s.text for s in doc.sentences] == [
        "Floods hit Orm", "TIMELINE", "2019 \u2013 Levee built", "2020 \u2013 Levee failed", "Crews returned."]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text


_PIECES = st.sampled_from(
    ["2019", " \u2013 ", "- ", "\u2022 ", "Friday", "Bridge", "word", "closed", ".", ",", " and",
     "\n", "\n", "\n\n", " ", " ", "Orm", "12", "U.S.", "\u201c", "\u201d"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_list_spans_property(text: str) -> None:
    spans = split_sentences(text)
    prev = 0
    covered = set()
    for s, e in spans:
        assert prev <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and piece
        covered.update(range(s, e))
        prev = e
    assert all(ch.isspace() or i in covered for i, ch in enumerate(text))
