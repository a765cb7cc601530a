"""Session 27's framing changes (framing27). Invented text: a fictional Vella old-town protest
ban and a Tarnow council vote.

Aligned loaded terms (``framing._term_framing``): a sentence that writes a plain word of the
loaded term's set itself ("banning street protests ... after a weekend of rioting") names
that plain thing with it, so its loaded term stands for something else than the other
outlets' plain word of the aligned sentence ("banned all street demonstrations"): no
contrast (the story-wide rule's own-plain test, ``_names_plainly``; held-out t148,
session 26). Near miss: a loaded sentence with no plain word of the set is still set
against the plain one.

Lean labels (``framing._states_lean``): "Left-wing councillor Ines Velk" where the other
outlet states the same lean of her in an apposition or a title ("Ines Velk, leader of the
Green-Left group", "who leads the Green-Left group", "Left Bloc councillor Ines Velk") is
the same fact, no slant (held-out t148, session 26). Near misses: an apposition that states
no lean ("a councillor"), the lean stated of another person, a plain "left" that is no
party's name ("who left the Green group"), and a stronger label ("far-left") than the one
stated."""

from __future__ import annotations

import pytest
from support import framings_between

pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Harbour Post", "Vella Times")
BAN_LEDE = "Vella's mayor signed a decree on Thursday that takes effect on Friday.\n\n"


def _loaded_terms(a: str, b: str) -> list[tuple[str, str]]:
    return [(f.detail["a"]["word"], f.detail["b"]["word"])
            for f in framings_between(BAN_LEDE, a, b, OUTLETS)
            if f.detail["rule"] == "framing.aligned.loaded_term"]


TERM_CASES = [
    # (id, Harbour Post, Vella Times, the loaded word found on the Times' side or None)
    ("the loaded sentence names the banned thing plainly itself",
     "The mayor of Vella banned all street demonstrations in the old town for 30 days after "
     "clashes between police and marchers.",
     "The mayor of Vella banned street protests in the old town for 30 days after a weekend "
     "of rioting.", None),
    ("the same with the plain word after the loaded one",
     "Mayor Ivo Drenk blamed the damage in the old town on the demonstrations of Saturday "
     "night.",
     "Mayor Ivo Drenk blamed the damage in the old town on the rioting of Saturday night "
     "and said future protests would be fined.", None),
    ("near miss: no plain word of the set in the loaded sentence",
     "The mayor of Vella banned all gatherings in the old town for 30 days after a weekend "
     "of demonstrations.",
     "The mayor of Vella banned all gatherings in the old town for 30 days after a weekend "
     "of rioting.", "rioting"),
]


@pytest.mark.parametrize("case", TERM_CASES, ids=[c[0] for c in TERM_CASES])
def test_a_loaded_term_beside_its_own_plain_word(case):
    _id, a, b, want = case
    got = [y for _x, y in _loaded_terms(a, b)]
    if want is None:
        assert not got, got
    else:
        assert any(want in y for y in got), got


VOTE_LEDE = ("Tarnow's city council voted 21 to 14 on Tuesday to close the Mill Street "
             "library.\n\n")
LABELLED = "Left-wing councillor Ines Velk said the closure was unlawful."


def _labels(a: str, b: str) -> list[str]:
    return [f.detail["b"]["word"]
            for f in framings_between(VOTE_LEDE, a, b, OUTLETS)
            if f.detail["rule"] == "framing.story.modifier"]


LEAN_CASES = [
    # (id, Harbour Post, Vella Times, whether the Times' label is found)
    ("the lean stated in an apposition of her",
     "Ines Velk, leader of the Green-Left group on the council, said the closure was "
     "unlawful.", LABELLED, False),
    ("the lean stated in a relative clause of her",
     "Ines Velk, who leads the Green-Left group on the council, said the closure was "
     "unlawful.", LABELLED, False),
    ("the lean stated in a title before her name",
     "Left Bloc councillor Ines Velk said the closure was unlawful.", LABELLED, False),
    ("the lean stated in another sentence's apposition of her",
     "Ines Velk said the closure was unlawful. Velk, a member of the Green-Left group, "
     "will appeal.", LABELLED, False),
    ("near miss: the apposition states no lean",
     "Ines Velk, a councillor, said the closure was unlawful.", LABELLED, True),
    ("near miss: the lean is stated of another person",
     "Ines Velk said the closure was unlawful. Tomas Brell, leader of the Green-Left group, "
     "agreed.", LABELLED, True),
    ("near miss: a plain 'left' names no party",
     "Ines Velk, who left the Green group last year, said the closure was unlawful.",
     LABELLED, True),
    ("near miss: a stronger label than the lean stated",
     "Ines Velk, leader of the Green-Left group on the council, said the closure was "
     "unlawful.", "Far-left councillor Ines Velk said the closure was unlawful.", True),
]


@pytest.mark.parametrize("case", LEAN_CASES, ids=[c[0] for c in LEAN_CASES])
def test_a_lean_label_the_other_outlet_states(case):
    _id, a, b, want = case
    got = [y for y in _labels(a, b) if "Velk" in y]
    assert bool(got) == want, got
