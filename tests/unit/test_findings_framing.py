"""framing on invented text: aligned sentences whose attribution verb or loaded terms
differ."""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.framing import find_framing
from storylens.models import Alignment, Article, Document
from storylens.options import Options
from storylens.rules.attribution import CUE_FORMS, CUE_VERBS, cue_class
from storylens.rules.loaded_terms import TERM_FORMS, TERM_SETS
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier"]


def _framing(*sentences: str, kind: str = "edited"):
    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=t)))
        for i, t in enumerate(sentences)
    ]
    group = Alignment(kind, tuple(f"a{i + 1}:s0" for i in range(len(docs))), 0.8)  # type: ignore[arg-type]
    return find_framing(FindingContext.build(docs, [group]))


CASES = [
    # (sentence a, sentence b, expected words (a, b) or None)
    (
        "Minister Rina Vell said the cables had passed inspection in 2021.",
        "Minister Rina Vell claimed the cables had passed inspection in 2021.",
        ("said", "claimed"),
    ),
    (
        "Vell said that the ferry operator had ignored the warnings.",
        "Vell insisted that the ferry operator had ignored the warnings.",
        ("said", "insisted"),
    ),
    (
        "The company said it had delayed the repairs.",
        "The company admitted it had delayed the repairs.",
        ("said", "admitted"),
    ),
    (
        "The government has announced an inquiry into the collapse.",
        "The regime has announced an inquiry into the collapse.",
        ("government", "regime"),
    ),
    (
        "Police dispersed the protest after two hours.",
        "Police dispersed the riot after two hours.",
        ("protest", "riot"),
    ),
    (
        "Militants attacked the harbour post at dawn.",
        "Terrorists attacked the harbour post at dawn.",
        ("Militants", "Terrorists"),
    ),
    (
        "Vell said the ferry operator had ignored the warnings.",
        "Vell slammed the ferry operator for ignoring the warnings.",
        ("said", "slammed"),
    ),
    (
        "Krell said on Monday the port would stay shut.",
        "Krell took a swipe at the port board, saying the port would stay shut.",
        ("said", "took a swipe"),
    ),
    # near misses: both neutral verbs, both neutral terms, a compound, same word
    (
        "Vell said the cables had passed inspection.",
        "Vell told reporters the cables had passed inspection.",
        None,
    ),
    (
        "Police dispersed the protest after two hours.",
        "Police dispersed the demonstration after two hours.",
        None,
    ),
    (
        "Riot police dispersed the protest after two hours.",
        "Police dispersed the protest after two hours.",
        None,
    ),
    (
        "Vell claimed the cables had passed inspection.",
        "Vell claimed the cables had passed inspection in 2021.",
        None,
    ),
    (
        "The Regime Street market reopened on Monday.",
        "The government market on Regime Street reopened on Monday.",
        None,
    ),
]


@pytest.mark.parametrize("a,b,expected", CASES)
def test_framing(a, b, expected):
    found = _framing(a, b)
    if expected is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    f = found[0]
    assert (f.detail["a"]["word"], f.detail["b"]["word"]) == expected
    assert f.sentences == ("a1:s0", "a2:s0")
    assert "Harbour Post" in f.summary and "Vella Times" in f.summary
    assert expected[0] in f.summary and expected[1] in f.summary
    assert f.confidence >= 0.5


def test_one_finding_names_every_outlet_on_a_side():
    found = _framing(
        "Vell said the cables had passed inspection.",
        "Vell said the cables had passed inspection.",
        "Vell claimed the cables had passed inspection.",
    )
    assert len(found) == 1
    assert found[0].summary == (
        "Coast Courier writes 'claimed' where Harbour Post and Vella Times write 'said' "
        "for the same statement."
    )


def test_doubt_hedge():
    found = _framing(
        "The attack on the depot was carried out by two men.",
        "The alleged attack on the depot was carried out by two men.",
    )
    assert [f.detail["kind"] for f in found] == ["doubt_hedge"]


@pytest.mark.parametrize("plain", [
    # near misses (invented): the unhedged words are someone else's, not the outlet's
    "Now Orskland is planning an attack on the depot. They will pay! "
    "\u2014 Jo Quill (@joquill) May 2, 2026",
    '"Orskland is planning an attack on the depot," Quill said.',
])
def test_doubt_hedge_needs_the_outlets_own_voice(plain):
    found = _framing(plain, "Orskland dismissed claims that it was allegedly planning an attack on the depot.")
    assert [f for f in found if f.detail["kind"] == "doubt_hedge"] == []


def test_unaligned_sentences_on_different_statements_are_not_compared():
    # across the story (issue 12) unaligned sentences are compared only when they speak
    # of the same thing; one shared name is not enough
    docs = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=o, text=t)))
        for i, (o, t) in enumerate(
            [
                ("A", "Vell said the ferry to Tarn was late again."),
                ("B", "Vell claimed the harbour budget had been cut."),
            ]
        )
    ]
    story = Options(framing=True, story_framing=True)
    assert find_framing(FindingContext.build(docs, [], None, story)) == []


def test_rule_tables_are_consistent():
    assert cue_class("has claimed") == "doubt"
    assert cue_class("said") == "neutral"
    assert cue_class("according to") == "neutral"
    assert all(lemma in CUE_VERBS for lemma in CUE_FORMS.values())
    for ts in TERM_SETS:
        assert 0 in ts.terms.values() or 1 in ts.terms.values(), ts.name
        assert 2 in ts.terms.values(), ts.name
    assert TERM_FORMS["regimes"] == ("government", "regime", 2)
