"""Live-blog time stamps are markers, not sentences: they get the ``heading`` block and
never align (rules/markers.py).

The false case is from fresh PolNeAR coverage (s8 reader report item 6): two AP "The
Latest" live blogs of different days aligned six time stamps ("[edited] 4:30 p.m. /
12:30 p.m."). Invented live blogs (fictional Vellaria); near misses: a clock time inside
a sentence is prose, and two entries that do share a sentence still align.
"""

from __future__ import annotations

import pytest

from storylens.align import align
from storylens.models import Article
from storylens.options import Options
from storylens.rules.markers import is_time_stamp
from storylens.segment import segment

STAMPS = [
    ("4:30 p.m.", True),
    ("12:25 p.m..", True),  # a doubled stop, as scraped
    ("11:50 a.m. EDT", True),
    ("Updated: 14:05 GMT", True),
    ("Friday, Sept. 30, 6:05 p.m.", True),
    ("10 a.m.", True),
    # near misses: prose with a clock time, a date alone, a name after the time
    ("The vote opens at 4:30 p.m.", False),
    ("At 4:30 p.m. the polls closed.", False),
    ("4:30 p.m. Kim.", False),
    ("Sept. 30, 2016", False),
    ("I am.", False),
]


@pytest.mark.parametrize("text,stamp", STAMPS)
def test_time_stamp_table(text: str, stamp: bool) -> None:
    assert is_time_stamp(text) is stamp


def _blog(i: int, entries: list[tuple[str, str]]) -> Article:
    text = "\n\n".join(f"{t} {body}" for t, body in entries)
    return Article(id=f"a{i}", source=f"blog-{i}", outlet=f"Outlet {i}", text=text)


DAY_ONE = [
    ("4:30 p.m.", "Governor Ilse Brandt says the harbour tax will be cut before the winter."),
    ("3:25 p.m.", "Oren Dral is defending his early-morning posts about the port board."),
    ("1:30 p.m.", "The Vellarian Unity Party has opened a new office in Port Vella."),
]
DAY_TWO = [
    ("12:30 p.m.", "Mara Leid has a new advertisement attacking the shipping levy."),
    ("12:25 p.m.", "Dral is telling dock workers that their wages will double within a year."),
    ("1:30 p.m.", "The port board will meet on Friday to discuss the crane contract."),
]


def test_time_stamps_split_off_as_headings() -> None:
    d = segment(_blog(1, DAY_ONE))
    assert [(s.text, s.block) for s in d.sentences[:2]] == [
        ("4:30 p.m.", "heading"),
        ("Governor Ilse Brandt says the harbour tax will be cut before the winter.", "paragraph"),
    ]
    # near miss: a clock time inside a sentence keeps it a paragraph sentence
    d = segment(Article(id="a3", source="x", outlet="X", text="The polls close at 4:30 p.m. Friday in Port Vella."))
    assert [s.block for s in d.sentences] == ["paragraph"]


@pytest.mark.parametrize("options", [Options(), Options(paraphrases=True)])
def test_two_live_blogs_share_no_time_stamp(options: Options) -> None:
    als, _ = align([segment(_blog(1, DAY_ONE)), segment(_blog(2, DAY_TWO))], options)
    assert als == []


def test_a_shared_entry_still_aligns() -> None:
    shared = "Governor Ilse Brandt says the harbour tax will be cut before the winter."
    als, _ = align([segment(_blog(1, DAY_ONE)), segment(_blog(2, [*DAY_TWO, ("5:10 p.m.", shared)]))])
    texts = [[s.partition(":")[0] for s in a.sentences] for a in als]
    assert len(als) == 1 and texts == [["a1", "a2"]]
    assert als[0].kind == "verbatim"
