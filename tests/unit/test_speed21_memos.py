"""Session 21 speed work: results read once per text give what they gave before (invented
text, fictional names). The name linker's candidate pairs are checked against every pair
in tests/unit/test_names_session21.py (names21's index replaced speed21's numbered pairs)."""

from __future__ import annotations

from storylens.analysis.quotes.marks import _quote_spans
from storylens.findings.votes import sentence_tallies


def test_sentence_tallies_fresh_list_each_call():
    text = "The Harlow council voted 7-2 to close the Brennmoor depot."
    first = sentence_tallies(text)
    first.append("changed by a caller")
    again = sentence_tallies(text)
    assert isinstance(again, list) and len(again) == 1
    assert again[0][2:4] == (7, 2)
    assert sentence_tallies("No vote was held in Orvask.") == []


def test_quote_spans_fresh_list_each_call():
    text = 'Mira Vaskin said "the ferry will sail again" on Tuesday.\n\n"Not yet," Orel Brenn said.'
    first = _quote_spans(text)
    assert len(first) == 2
    first.clear()
    again = _quote_spans(text)
    assert isinstance(again, list) and len(again) == 2
    assert [text[cs:ce] for _, cs, ce, _ in again] == ["the ferry will sail again", "Not yet,"]
