"""``find_cues`` keeps each span's cues by its text and the few characters before it that
the token pattern reads (speed26): a span met again, elsewhere in the text or in another
article, gives what finding its cues afresh gives, at its own offsets; a span whose
characters before differ is read afresh ("Rep. G.K. Varn said" tokenises "G.K." as one
initials token after a title, "the G.K. Varn said" does not). Invented text (fictional
people and places)."""

from __future__ import annotations

import pytest

import storylens.analysis.quotes as Q

SPANS = [
    "G.K. Varn said the Tolvane ferry would resume on Friday.",
    "Mayor Ilsa Varn claimed the harbour levy was unfair, and the council agreed.",
    "The union's claims were dismissed, officials in Kessing said Tuesday.",
    "Those close to her say that the Skarra mine will close.",
    "Sen. Brek Osterlund told reporters the lock at Norrow was safe.",
]
BEFORE = ["", "Rep. ", "the ", "Sen. ", "Tuesday. ", "\n\n", "\"", "was "]


@pytest.fixture(autouse=True)
def _empty_memo():
    Q._CUES_MEMO.clear()
    yield
    Q._CUES_MEMO.clear()


@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize("finite_only", [True, False])
def test_a_span_met_again_gives_its_cues_afresh(span, finite_only):
    for lead in ("", "Crews stayed ashore. ", "Officials said more.\n\n"):
        for before in BEFORE:
            text = lead + before + span + " More later."
            start = len(lead + before)
            end = start + len(span)
            want = Q._cues(text, start, end, finite_only)
            got = Q.find_cues(text, start, end, finite_only=finite_only)
            assert got == want, (before, lead)
            assert all(text[a:b] == w for a, b, w in got)


def test_initials_after_a_title_are_read_with_the_title():
    span = "G.K. Varn said the Tolvane ferry would resume on Friday."
    titled, plain = "Rep. " + span, "the " + span
    assert Q.find_cues(titled, 5, len(titled)) == Q._cues(titled, 5, len(titled), True)
    assert Q.find_cues(plain, 4, len(plain)) == Q._cues(plain, 4, len(plain), True)
    assert len(Q._CUES_MEMO) == 2  # two keys: the characters before differ


def test_the_whole_text_and_the_memo_bound(monkeypatch):
    text = "Mayor Ilsa Varn claimed the levy was unfair. The council agreed."
    assert Q.find_cues(text) == Q._cues(text, 0, len(text), True)
    monkeypatch.setattr(Q, "MAX_CUE_SPANS", 2)
    for span in SPANS:
        Q.find_cues(span)
    assert len(Q._CUES_MEMO) <= 2
