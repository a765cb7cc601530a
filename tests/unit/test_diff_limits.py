"""Word diffs of very long sentences stay linear (issue 15) and short ones are unchanged."""

from __future__ import annotations

from difflib import SequenceMatcher

from storylens.diff import MAX_DIFF_WORDS, _words, word_diff
from storylens.models import Sentence


def _s(sid: str, text: str) -> Sentence:
    return Sentence(sid, sid.partition(":")[0], 0, 0, len(text), text)


def test_news_sentences_are_diffed_exactly_as_difflib_does():
    a = "The council said on Tuesday that about 120 homes were evacuated near the quay."
    b = "The regional council said on Tuesday that around 150 homes had been evacuated."
    d = word_diff(_s("a:s1", a), _s("b:s1", b))
    want = SequenceMatcher(None, _words(a)[1], _words(b)[1], autojunk=False).get_opcodes()
    assert [op.tag for op in d.ops] == [t for t, *_ in want]


def test_a_long_run_of_one_word_with_one_change_keeps_everything_else():
    n = 50_000  # cubic in difflib: this pair would take hours
    words = ["word"] * n
    other = list(words)
    other[n // 2] = "changed"
    d = word_diff(_s("a:s1", " ".join(words)), _s("b:s1", " ".join(other)))
    assert (d.kept, d.substituted, d.inserted, d.deleted) == (n - 1, 1, 0, 0)
    assert [op.tag for op in d.ops] == ["equal", "replace", "equal"]


def test_a_long_changed_middle_is_one_replacement():
    a = " ".join(f"alpha{i % 7}" for i in range(3 * MAX_DIFF_WORDS))
    b = " ".join(f"beta{i % 5}" for i in range(3 * MAX_DIFF_WORDS))
    d = word_diff(_s("a:s1", "Start " + a + " end."), _s("b:s1", "Start " + b + " end."))
    assert [op.tag for op in d.ops] == ["equal", "replace", "equal"]
    assert d.kept == 2 and d.substituted == 3 * MAX_DIFF_WORDS
