"""speed36: shared_source's narration comparisons (``source._matched``) are kept per pair
of key lists and give what ``SequenceMatcher`` gives, equal lists without asking it."""

from difflib import SequenceMatcher

import pytest

from storylens.findings import source
from storylens.findings.common import FindingContext
from storylens.findings.source import MIN_CUT_MATCH, _matched, _memo

# invented narration (fictional harbour town, ferry line and officials)
ROWS = [
    # equal lists: a whole match, nothing swapped
    ("the ferry from brannoch docked late on tuesday", "the ferry from brannoch docked late on tuesday"),
    # a word cut: no swap (the cut-line reading)
    ("the ferry from brannoch docked late on tuesday evening",
     "the ferry from brannoch docked late on tuesday"),
    # near miss: one word swapped ("tuesday" / "monday"), same length
    ("the ferry from brannoch docked late on tuesday", "the ferry from brannoch docked late on monday"),
    # near miss: mostly other words
    ("harbour master ilse corran closed the quay", "the council of vestry approved a new budget"),
    # both empty
    ("", ""),
]


def _plain(a: list[str], b: list[str]) -> tuple[float, bool]:
    sm = SequenceMatcher(None, a, b, autojunk=False)
    r = sm.ratio()
    return r, r >= MIN_CUT_MATCH and all(op[0] != "replace" for op in sm.get_opcodes())


@pytest.mark.parametrize(("a", "b"), ROWS)
def test_matched_is_the_matchers_answer(a: str, b: str) -> None:
    ctx = FindingContext.build([], [])
    ka, kb = a.split(), b.split()
    assert _matched(ctx, ka, kb) == _plain(ka, kb)
    assert _matched(ctx, kb, ka) == _plain(kb, ka)


def test_swap_and_cut_read_apart() -> None:
    ctx = FindingContext.build([], [])
    cut = _matched(ctx, ROWS[1][0].split(), ROWS[1][1].split())
    swap = _matched(ctx, ROWS[2][0].split(), ROWS[2][1].split())
    assert cut[1] is True and swap[1] is False
    assert swap[0] < 1.0


def test_asked_once_per_pair_of_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = FindingContext.build([], [])
    calls = []

    class Counting(SequenceMatcher):
        def ratio(self) -> float:
            calls.append(1)
            return super().ratio()

    monkeypatch.setattr(source, "SequenceMatcher", Counting)
    a, b = ROWS[2][0].split(), ROWS[2][1].split()
    first = _matched(ctx, a, b)
    assert _matched(ctx, list(a), list(b)) == first
    assert len(calls) == 1
    assert _matched(ctx, a, list(a)) == (1.0, True)  # equal lists: no matcher at all
    assert len(calls) == 1
    assert len(_memo(ctx).matched) == 1
