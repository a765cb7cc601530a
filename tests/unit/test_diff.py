"""Word diffs between aligned sentences (invented text)."""

from __future__ import annotations

from storylens.diff import word_diff
from storylens.models import Sentence


def sent(sid: str, text: str) -> Sentence:
    return Sentence(sid, sid.split(":")[0], int(sid.split(":s")[1]), 0, len(text), text)


def test_one_word_substituted() -> None:
    a = sent("a1:s0", "The council approved the bridge budget on Tuesday.")
    b = sent("a2:s0", "The council rejected the bridge budget on Tuesday.")
    d = word_diff(a, b)
    assert (d.kept, d.inserted, d.deleted, d.substituted) == (7, 0, 0, 1)
    assert [(op.tag, op.a, op.b) for op in d.ops if op.tag != "equal"] == [("replace", "approved", "rejected")]
    assert (d.a, d.b) == ("a1:s0", "a2:s0")


def test_quote_spelling_and_initialism_variants_are_equal() -> None:
    a = sent("a1:s1", "\u201cThe colour of the U.S. flag,\u201d she said.")
    b = sent("a2:s4", '"The color of the US flag," she said.')
    d = word_diff(a, b)
    assert (d.inserted, d.deleted, d.substituted) == (0, 0, 0)
    assert d.kept == 8
    assert [op.tag for op in d.ops] == ["equal"]
    # surface words are kept for display
    assert d.ops[0].a.startswith("\u201cThe colour")


def test_insert_delete_and_uneven_replace_counts() -> None:
    a = sent("a1:s2", "Engineers from Port Elm inspected the old bridge.")
    b = sent("a2:s2", "Engineers inspected the old Harbourview bridge again yesterday.")
    d = word_diff(a, b)
    # "from Port Elm" deleted, "Harbourview" inserted, "bridge." -> "bridge again yesterday."
    assert d.kept + d.deleted + d.substituted == len(a.text.split())
    assert d.kept + d.inserted + d.substituted == len(b.text.split())
    assert d.deleted >= 3 and d.inserted >= 3


def test_identical_sentences() -> None:
    a = sent("a1:s0", "Tolls stay at two dollars.")
    d = word_diff(a, sent("a2:s0", "Tolls stay at two dollars."))
    assert (d.kept, d.inserted, d.deleted, d.substituted) == (5, 0, 0, 0)
