"""Session 21 speed work: results read once per text, and the name linker's candidate
pairs kept as numbers, give what they gave before (invented text, fictional names)."""

from __future__ import annotations

import itertools
import random

import pytest

from storylens.analysis.quotes.marks import _quote_spans
from storylens.findings.names import _candidate_pairs
from storylens.findings.votes import sentence_tallies


def _pairs_by_tuples(nodes: list[tuple[str, str]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The candidate pairs as the all-pairs loop made them before session 21: every pair of
    two articles and two keys that share their last word, or all words but one at one
    position, sorted as node tuples."""
    def shares(ka: str, kb: str) -> bool:
        wa, wb = ka.split(), kb.split()
        if wa[-1] == wb[-1]:
            return True
        return len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1

    out = set()
    for x, y in itertools.combinations(nodes, 2):
        if x[0] != y[0] and x[1] != y[1] and shares(x[1], y[1]):
            out.add((x, y) if x[0] < y[0] else (y, x))
    return sorted(out)


@pytest.mark.parametrize("nodes", [
    [],
    [("a1", "orel vaskin")],
    [("a1", "orel vaskin"), ("a2", "orel vasquin")],  # all words but the last
    [("a1", "orel vaskin"), ("a2", "vaskin"), ("a3", "mira vaskin")],  # one surname
    [("a1", "orel vaskin"), ("a1", "vaskin")],  # one article: no pair
    [("a1", "kellner"), ("a2", "kellner")],  # one key: joined by the caller
    [("a1", "tova brenn"), ("a2", "tova brenner"), ("a3", "ilse brenn")],
    [("a10", "jan dravic"), ("a2", "jan dravik"), ("a9", "dravic")],  # ids as strings sort
])
def test_candidate_pairs_as_before(nodes):
    nodes = sorted(nodes)
    assert _candidate_pairs(nodes) == _pairs_by_tuples(nodes)


def test_candidate_pairs_random_stories():
    rng = random.Random(21)
    words = ["orel", "vaskin", "vasquin", "mira", "kellner", "keller", "tova", "brenn", "de", "la"]
    for _ in range(200):
        nodes = sorted({(f"a{rng.randrange(9)}", " ".join(rng.choice(words) for _ in range(rng.randint(1, 3))))
                        for _ in range(rng.randint(0, 40))})
        assert _candidate_pairs(nodes) == _pairs_by_tuples(nodes)


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
