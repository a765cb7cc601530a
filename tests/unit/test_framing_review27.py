"""Session 27's framing changes (framing27). Invented text: a fictional Vella old-town protest
ban and a Tarnow council vote.

Aligned loaded terms (``framing._term_framing``, ``_other_event``): a sentence that writes
a plain word of the loaded term's set itself on the other side of a time order ("banning
street protests ... after a weekend of rioting") names two events, and where the other
outlets' plain word stands on its plain word's side ("banned all street demonstrations ...
after clashes") the loaded term is no other word for it: no contrast (held-out t148,
session 26; narrowed by review27fr, rules/framing_events). Near misses: no plain word of
the set in the loaded sentence; an own plain word with no time order between ("the rioting
of Saturday night ... future protests"), of one event ("rioting during the protests",
"killing four ... calling a massacre", "the gutting ... part of a package of cuts"), or a
calm plain word on the loaded word's side of the time order.

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
    ("the same with the time order first (review27fr)",
     "After clashes between police and marchers, the mayor of Vella banned all street "
     "demonstrations in the old town for 30 days.",
     "After a weekend of rioting, the mayor of Vella banned street protests in the old town "
     "for 30 days.", None),
    # review27fr: framing27 read this one as no contrast; the Post's "demonstrations of
    # Saturday night" are what the Times calls rioting (its "future protests" are another
    # thing, but no time order sets the two apart): a contrast
    ("near miss: the own plain word names another thing, with no time order between",
     "Mayor Ivo Drenk blamed the damage in the old town on the demonstrations of Saturday "
     "night.",
     "Mayor Ivo Drenk blamed the damage in the old town on the rioting of Saturday night "
     "and said future protests would be fined.", "rioting"),
    ("near miss: the loaded word is part of the event its plain word names ('during')",
     "Arman Drel was jailed for five years after the 2024 protests in Vella.",
     "Arman Drel was jailed for rioting during the 2024 protests in Vella.", "rioting"),
    ("near miss: the loaded word names the act its plain word names",
     "Border guards opened fire on the boat near Vella, killing four people.",
     "Border guards opened fire on the boat near Vella, killing four people in what aid "
     "groups are calling a massacre.", "massacre"),
    ("near miss: the loaded word names a part of what its plain word names",
     "The harbour's safety office was closed in 2024 as part of cuts to the port budget.",
     "The gutting of the harbour's safety office was part of a package of cuts to the port "
     "budget.", "gutting"),
    ("near miss: the calm plain word on the loaded word's side of the time order",
     "The mayor of Vella banned all gatherings in the old town for 30 days after a weekend "
     "of demonstrations.",
     "The mayor of Vella banned street protests in the old town for 30 days after a weekend "
     "of rioting.", "rioting"),
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


# review27fr: probes of the lean rule. The group must be the person's own (a post or a
# membership held now, read from the words between her name and the group's), and its name
# a political side's (the side word joined to another capitalised word, not a place's
# kind word: "the Left Bank" is a district).
PROBE_CASES = [
    # (id, Harbour Post, Vella Times, whether the Times' label is found)
    ("the group's name is another person's title in the same sentence",
     "Green-Left leader Brell and Ines Velk said the closure was unlawful.", LABELLED, True),
    ("the group's name is in another person's apposition before her name",
     "Tomas Brell, leader of the Green-Left group, and Ines Velk said the closure was "
     "unlawful.", LABELLED, True),
    ("a group she quit",
     "Ines Velk, who quit the Green-Left group last year, said the closure was unlawful.",
     LABELLED, True),
    ("a group she was once a member of",
     "Ines Velk, a former member of the Green-Left group, said the closure was unlawful.",
     LABELLED, True),
    ("a group she opposes",
     "Ines Velk, a fierce critic of the Green-Left group, said the closure was unlawful.",
     LABELLED, True),
    ("a title she held once",
     "Former Left Bloc councillor Ines Velk said the closure was unlawful.", LABELLED, True),
    ("a title she held once, inside the sentence",
     "The closure was unlawful, said former Left Bloc councillor Ines Velk.", LABELLED, True),
    ("'Left' in a residents' body's name: a district",
     "Ines Velk, chair of the Left Bank Residents' Association, said the closure was "
     "unlawful.", LABELLED, True),
    ("'Right' in a place's name",
     "Ines Velk, a councillor for the Right Bank, said the closure was unlawful.",
     "Right-wing councillor Ines Velk said the closure was unlawful.", True),
    ("a right-wing label against a 'Conservative' group: no side word, the label says more",
     "Ines Velk, leader of the Conservative group on the council, said the closure was "
     "unlawful.", "Right-wing councillor Ines Velk said the closure was unlawful.", True),
    ("the apposition is on a namesake",
     "Marta Velk, leader of the Green-Left group, said her sister Ines Velk was right that "
     "the closure was unlawful.", LABELLED, True),
    ("a stronger label on the other side",
     "Ines Velk, leader of the Hard-Left group on the council, said the closure was "
     "unlawful.", LABELLED, False),
    ("still stated: a member now, in a relative clause",
     "Ines Velk, who is a member of the Green-Left group, said the closure was unlawful.",
     LABELLED, False),
    ("still stated: the group before her post",
     "Ines Velk, a Green-Left councillor, said the closure was unlawful.", LABELLED, False),
    ("still stated: a right-side group for a right-wing label",
     "Ines Velk, leader of the Centre-Right Alliance on the council, said the closure was "
     "unlawful.", "Right-wing councillor Ines Velk said the closure was unlawful.", False),
]


@pytest.mark.parametrize("case", PROBE_CASES, ids=[c[0] for c in PROBE_CASES])
def test_a_lean_label_probes(case):
    _id, a, b, want = case
    got = [y for y in _labels(a, b) if "Velk" in y]
    assert bool(got) == want, got
