"""quote_changed on invented text: one speaker's words, worded differently by two outlets."""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.findings import find_all
from storylens.findings.common import FindingContext
from storylens.findings.confidence import rule_confidence
from storylens.findings.quotes import compare_quotes, find_quote_changes, speaker_key
from storylens.models import Article, Document
from storylens.options import Options
from storylens.segment import segment

ON = Options(quote_changes=True)  # off by default since session 15 (on in sessions 13-14)


def _docs(*texts: str) -> list[Document]:
    outlets = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
    return [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=outlets[i], text=t)))
        for i, t in enumerate(texts)
    ]


def _changes(*texts: str):
    return find_quote_changes(FindingContext.build(_docs(*texts), [], options=ON))


CASES = [
    # (a, b, expect a finding?)
    (
        '"The bridge would reopen in May," Minister Rina Vell said.',
        '"The bridge could reopen in May," Rina Vell said.',
        True,
    ),
    (
        '"We will find whoever is responsible and they will answer for it," Vell said.',
        '"We will find whoever is responsible and they will pay for it," Vell told reporters.',
        True,
    ),
    # trivial: quote marks, punctuation, case
    (
        '"The bridge would reopen in May," Vell said.',
        "“The Bridge would reopen in May” said Vell.",
        False,
    ),
    # trivial: US/UK spelling
    (
        '"We will analyse every cable of the bridge," Vell said.',
        '"We will analyze every cable of the bridge," Vell said.',
        False,
    ),
    # borderline, skipped: an editor's parenthetical inside the quote
    (
        '"The ministry knew about the cracks in the bridge," Vell said.',
        '"The ministry (of transport) knew about the cracks in the bridge," Vell said.',
        False,
    ),
    # one outlet quotes more of the same words: an excerpt, not a change
    (
        '"The bridge would reopen in May," Vell said.',
        '"The bridge would reopen in May, once the cables are replaced," Vell said.',
        False,
    ),
    # elision marked with an ellipsis
    (
        '"The bridge, which we inspected in spring, would reopen in May," Vell said.',
        '"The bridge ... would reopen in May," Vell said.',
        False,
    ),
    # same words, different speakers: not the same quote
    (
        '"The bridge would reopen in May," Vell said.',
        '"The bridge could reopen in May," Krell said.',
        False,
    ),
    # "United States" vs "U.S." is a spelling, not a wording change
    (
        '"The United States will send divers to the bridge," Vell said.',
        '"The U.S. will send divers to the bridge," Vell said.',
        False,
    ),
]


@pytest.mark.parametrize("a,b,expected", CASES)
def test_quote_changed(a, b, expected):
    found = _changes(a, b)
    assert bool(found) is expected, [f.summary for f in found]


def test_summary_and_detail():
    (f,) = _changes(
        '"The bridge would reopen in May," Minister Rina Vell said.',
        '"The bridge could reopen in May," Rina Vell said.',
    )
    assert f.type == "quote_changed"
    assert f.summary == (
        "Harbour Post quotes Minister Rina Vell as saying 'The bridge would reopen in May'; "
        "Vella Times has 'The bridge could reopen in May' (wording changed)."
    )
    assert {"tag": "replace", "a": "would", "b": "could", "kind": "word"} in f.detail["diff"]
    assert f.detail["change"] == "word"
    assert f.detail["rule"] == "quote_changed.wording"  # a modal swapped: wording
    assert f.detail["meaningful"] is False
    assert f.detail["explanation"].startswith("wording: wording changed ('would' / 'could')")
    assert 0.6 <= f.detail["score"] <= 1
    assert f.sentences == ("a1:s0", "a2:s0")
    assert f.confidence == rule_confidence("quote_changed.wording")  # calibrated data


def test_majority_wording_is_reported_once():
    same = '"Everyone responsible will answer for it," Vell said.'
    found = _changes(same, same, '"Everyone responsible will pay for it," Vell said.')
    assert len(found) == 1
    assert found[0].detail["a"]["articles"] == ["a1", "a2"]
    assert found[0].detail["b"]["articles"] == ["a3"]
    assert found[0].summary.startswith("Harbour Post and Vella Times quote Vell")


@pytest.mark.parametrize(
    "speaker,key",
    [
        ("Foreign Minister Rina Vell", "vell"),
        ("Mr. Krell", "krell"),
        ("he", None),
        ("He", None),  # sentence-initial, unresolved: not the surname "he"
        ("They", None),
        ("a spokesman", None),
        (None, None),
    ],
)
def test_speaker_key(speaker, key):
    assert speaker_key(speaker) == key


def test_compare_quotes_rejects_different_quotes():
    assert (
        compare_quotes(
            "The ferries will run on Sunday as usual", "Nobody told us anything about the closure"
        )
        is None
    )


def test_find_all_keeps_it_and_respects_threshold():
    from dataclasses import replace

    docs = _docs(
        '"The bridge will reopen in May," Vell said.',
        '"The bridge will not reopen in May," Vell said.',
    )
    assert [f.type for f in find_all(docs, [], None, ON)] == ["quote_changed"]
    assert find_all(docs, [], None, replace(ON, min_finding_confidence=0.99)) == []
    # off by default again since session 40's held-out read (on in session 39, off in session
    # 38, on in session 37, off in sessions 33-36, on in sessions 31-32, off in sessions 27-30,
    # on in session 26, off in sessions 23-25, on in sessions 20-22, off in session 19, on in
    # sessions 13-14 and 18): the default shows none of it
    assert find_all(docs, [], None, Options()) == []
    assert find_all(docs, [], None, replace(ON, quote_changes=False)) == []
    # a wording change (meaningful: false) is not shown by the flag, only under a cut
    # lowered on purpose
    wording = _docs(
        '"The bridge would reopen in May," Vell said.',
        '"The bridge could reopen in May," Vell said.',
    )
    assert find_all(wording, [], None, ON) == []
    assert [f.type for f in find_all(wording, [], None, replace(ON, min_finding_confidence=0.0))] \
        == ["quote_changed"]


def test_spans_stay_inside_their_sentences():
    docs = _docs(
        '"The bridge would reopen in May. The ferries will run," Vell said.',
        '"The bridge could reopen in May. The ferries will run," Vell said.',
    )
    (f,) = find_quote_changes(FindingContext.build(docs, [], options=ON))
    by_id = {s.id: s for d in docs for s in d.sentences}
    assert len(f.spans) == 4  # two sentences per quote
    for sp in f.spans:
        s = by_id[sp.sentence]
        assert s.start <= sp.start < sp.end <= s.end
