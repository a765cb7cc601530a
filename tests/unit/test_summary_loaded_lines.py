"""The coverage summary's loaded-word lines (s7 reader report items 5 and 6), on invented
outlets and wording:

- a modifier is shown with the noun it qualifies ("'flailing housing drive' where Tarn
  Post writes 'housing'"), not set against the noun alone ("'flailing' where ... writes
  'housing'"); a loaded word that is the whole phrase stays the word;
- one wording per other outlet ("'diatribe' where Tarn Post writes 'remarks'", not also
  "Tarn Post writes 'asked'");
- a hedge ("alleged") counts only beside another outlet's wording; a term with a plain
  literal sense ("stormed", "occupied") only beside another outlet's wording of the same
  sentence (an aligned contrast); other loaded words count alone (near misses).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens.findings.summary import _counterparts, _stands


class _Ctx:
    OUTLETS = {"a1": "Vell Courier", "a2": "Tarn Post", "a3": "Orsk Daily"}

    def outlet(self, art):
        return self.OUTLETS[art]

    def label(self, art):
        return self.OUTLETS[art]


def _finding(rule, b_word, a_arts, a_words, b_art="a1"):
    return SimpleNamespace(detail={
        "rule": rule,
        "a": {"articles": a_arts, "word": a_words[0], "words": a_words},
        "b": {"articles": [b_art], "word": b_word},
    })


CASES = [
    # (framing findings, the loaded word, others, phrase, aligned)
    ([_finding("framing.story.modifier", "flailing housing drive", ["a2"], ["housing"])],
     "flailing", [("Tarn Post", "housing")], "flailing housing drive", False),
    # near miss: the charged side is the word itself: no phrase
    ([_finding("framing.aligned.loaded_term", "regime", ["a2"], ["government"])],
     "regime", [("Tarn Post", "government")], None, True),
    # one wording per other outlet, the first finding's
    ([_finding("framing.story.loaded_term", "diatribe", ["a2", "a2"], ["remarks", "asked"])],
     "diatribe", [("Tarn Post", "remarks")], None, False),
    # near miss: two other outlets keep one wording each
    ([_finding("framing.story.loaded_term", "diatribe", ["a2", "a3"], ["remarks", "speech"])],
     "diatribe", [("Tarn Post", "remarks"), ("Orsk Daily", "speech")], None, False),
    # a finding whose charged side is another outlet's is not this word's counterpart
    ([_finding("framing.story.loaded_term", "diatribe", ["a1"], ["remarks"], b_art="a3")],
     "diatribe", [], None, False),
]


@pytest.mark.parametrize("framing, word, others, phrase, aligned", CASES)
def test_counterparts(framing, word, others, phrase, aligned):
    got, got_phrase, got_aligned = _counterparts(_Ctx(), framing, "a1", word)
    assert [(o["outlet"], o["word"]) for o in got] == others
    assert got_phrase == phrase
    assert got_aligned == aligned


OTHER = [{"outlet": "Tarn Post", "word": "said"}]

STANDS = [
    # (base, others, aligned, counted)
    ("alleged", [], False, False),  # "alleged sexual abuse": the hedge alone
    ("alleged", OTHER, False, True),  # near miss: one outlet hedges, another does not
    ("purported", [], False, False),
    ("so-called", [], False, True),  # near miss: denies the name, a judgement
    ("stormed", [], False, False),  # "when the crowd stormed the gate", no contrast
    ("stormed", OTHER, False, False),  # a story-wide "reached" may be the softening
    ("stormed", OTHER, True, True),  # near miss: the same sentence told plainer
    ("occupied", [], False, False),
    ("regime", [], False, True),  # near miss: a loaded term counts alone
]


@pytest.mark.parametrize("base, others, aligned, counted", STANDS)
def test_stands(base, others, aligned, counted):
    assert _stands({"base": base, "others": others}, aligned) is counted
