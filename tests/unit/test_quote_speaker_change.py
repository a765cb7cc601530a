"""quote_changed of kind "speaker": the same quoted words given to two people (session 10).

Invented harbour-town text, two outlets telling one sentence (aligned). A finding only when
both outlets write a name for the speaker and the names are two people; near misses: the
same person written two ways, one side's speaker missing or a description, a pronoun, and
one side quoting the other speaker quoting it.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

ON = Options(quote_changes=True)  # quote_changed is on by default since session 13
TAIL = " The ferry board will meet in May to choose a new chair for the line."


def _speaker_changes(a: str, b: str):
    arts = [
        Article(id="a1", source="t", outlet="Harbour Post", text=a + TAIL),
        Article(id="a2", source="t", outlet="Vella Times", text=b + TAIL),
    ]
    c = compare_articles(arts, ON)
    return [f for f in c.findings if f.type == "quote_changed" and f.detail["change"] == "speaker"]


CASES = [
    # the same word given to two named people: a finding
    ('Harbour master Jon Morrow said on Tuesday that Ana Quist was "unfit" to run the board.',
     'Board chair Ana Quist said on Tuesday that Jon Morrow was "unfit" to run the board.',
     ("Jon Morrow", "Ana Quist")),
    ('"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     '"The quay is unsafe for the new ferries," Ana Quist said on Tuesday.',
     ("Jon Morrow", "Ana Quist")),
    # near miss: one person, full name and surname with a title
    ('"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     '"The quay is unsafe for the new ferries," Harbour master Morrow said on Tuesday.',
     None),
    # near miss (session 16): one given name before two spellings of one surname
    ('"The quay is unsafe for the new ferries," Orla Ketilsen said on Tuesday.',
     '"The quay is unsafe for the new ferries," Orla Kjetilsen said on Tuesday.',
     None),
    # ... but two people of one given name stay two
    ('"The quay is unsafe for the new ferries," Orla Ketilsen said on Tuesday.',
     '"The quay is unsafe for the new ferries," Orla Vikersund said on Tuesday.',
     ("Orla Ketilsen", "Orla Vikersund")),
    # near miss: an initial for the first name
    ('"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     '"The quay is unsafe for the new ferries," J. Morrow said on Tuesday.',
     None),
    # a quote over two sentences: one finding, not one per aligned sentence pair
    ('"The quay is unsafe. The new ferries cannot dock there," Jon Morrow said on Tuesday.',
     '"The quay is unsafe. The new ferries cannot dock there," Ana Quist said on Tuesday.',
     ("Jon Morrow", "Ana Quist")),
    # near miss: a family name written first, then alone after a title
    ('"The quay is unsafe for the new ferries," Li Wenhao said on Tuesday.',
     '"The quay is unsafe for the new ferries," Minister Li said on Tuesday.',
     None),
    # near miss: a double-barrelled surname and its first part
    ('"The quay is unsafe for the new ferries," Ana Lund-Quist said on Tuesday.',
     '"The quay is unsafe for the new ferries," Ana Lund said on Tuesday.',
     None),
    # near miss: one side names no one ("a harbour official")
    ('"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     '"The quay is unsafe for the new ferries," a harbour official said on Tuesday.',
     None),
    # near miss: one side's speaker is a pronoun (resolved or not, not written as a name)
    ('Ana Quist spoke first. "The quay is unsafe for the new ferries," she said on Tuesday.',
     'Ana Quist spoke first. "The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    # near miss: a quote of a quote (Quist reports what Morrow called the quay)
    ('Ana Quist said on Tuesday that Jon Morrow had called the old quay "unfit" for ferries.',
     'Jon Morrow on Tuesday called the old quay "unfit" for ferries.',
     None),
    # near miss: a quote of a quote through a participle ("recalled Morrow saying")
    ('Ana Quist on Tuesday recalled Jon Morrow saying the old quay was "unfit" for ferries.',
     'Jon Morrow on Tuesday called the old quay "unfit" for ferries.',
     None),
    # session 10 review: the sentence gives the words to both speakers (a shared act)
    ('Like harbour master Jon Morrow last week, board chair Ana Quist on Tuesday called the old '
     'quay "unfit" for ferries.',
     'Jon Morrow on Tuesday called the old quay "unfit" for ferries.',
     None),
    ('Ana Quist called the old quay "unfit" for ferries, as Jon Morrow did.',
     'Jon Morrow on Tuesday called the old quay "unfit" for ferries.',
     None),
    ('"The quay is unfit for ferries," Ana Quist said on Tuesday, echoing Jon Morrow.',
     '"The quay is unfit for ferries," Jon Morrow said on Tuesday.',
     None),
    # near miss: the other as the listener, between the cue and the quote
    ('Ana Quist told Jon Morrow the old quay was "unfit" for ferries.',
     'Jon Morrow told Ana Quist the old quay was "unfit" for ferries.',
     ("Ana Quist", "Jon Morrow")),
    # near miss: the other's name in the quote's own clause is what the words are about
    ('Ana Quist called the old quay "unfit" for Jon Morrow\'s ferries.',
     'Jon Morrow on Tuesday called the old quay "unfit" for Jon Morrow\'s ferries.',
     ("Ana Quist", "Jon Morrow")),
    # a company against a person: its spokesperson, no misattribution
    ('"The quay is unsafe for the new ferries," Vella Ferries said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    ('"The quay is unsafe for the new ferries," Kestrel Shipping said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    # near miss (s11 review): a sector noun after an honorific is a surname, a person
    ('"The quay is unsafe for the new ferries," Dr. Ana Lines said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     ("Ana Lines", "Jon Morrow")),
    # near miss (s12 review): a known given name and a sector noun, named once, may be a
    # company named after its founder ("Michael Foods"): no speaker change (analysis/names
    # ``_given_name_head``; named alone again, "Works said", it is the person)
    ('"The quay is unsafe for the new ferries," Tom Works said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    ('"The quay is unsafe for the new ferries," Michael Foods said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    ('"The quay is unsafe for the new ferries," Vella Water Works said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    # near miss: two persons, one with a title ("Harbour master") that is no company word
    ('"The quay is unsafe for the new ferries," Harbour master Ana Quist said on Tuesday.',
     '"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     ("Ana Quist", "Jon Morrow")),
    # a role the tagger resolved to a name ("the governor" -> Ana Lund) is not written here
    ('Governor Ana Lund spoke first. "The quay is unsafe for the new ferries," the governor '
     'said on Tuesday.',
     'Ana Lund spoke first. "The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     None),
    # near miss: the surname written with the title
    ('Governor Ana Lund spoke first. "The quay is unsafe for the new ferries," Governor Lund '
     'said on Tuesday.',
     'Ana Lund spoke first. "The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.',
     ("Ana Lund", "Jon Morrow")),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_speaker_change(a, b, expected):
    found = _speaker_changes(a, b)
    if expected is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    f = found[0]
    got = (f.detail["a"]["speaker"], f.detail["b"]["speaker"])
    assert {w.split()[-1] for w in got} == {w.split()[-1] for w in expected}
    assert f.detail["rule"] == "quote_changed.meaning" and f.detail["meaningful"]
    assert "the speaker changed" in f.summary
    assert ",'" not in f.summary  # the quote's own closing comma is no part of the words


def test_on_with_the_flag_and_off_by_default():
    arts = [
        Article(id="a1", source="t", outlet="Harbour Post",
                text='"The quay is unsafe for the new ferries," Jon Morrow said on Tuesday.' + TAIL),
        Article(id="a2", source="t", outlet="Vella Times",
                text='"The quay is unsafe for the new ferries," Ana Quist said on Tuesday.' + TAIL),
    ]
    on = [f for f in compare_articles(arts, Options(quote_changes=True)).findings
          if f.type == "quote_changed"]
    assert [f.detail["change"] for f in on] == ["speaker"]
    # off by default again since session 40 (on in session 39, off in session 38, on in
    # session 37, off in sessions 33-36, on in sessions 31-32, off in sessions 27-30, on in
    # session 26, off in sessions 23-25)
    assert [f for f in compare_articles(arts).findings if f.type == "quote_changed"] == []
    off = compare_articles(arts, Options(quote_changes=False))
    assert not [f for f in off.findings if f.type == "quote_changed"]
