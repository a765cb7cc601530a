"""review19b: near variants of session 19's quote_changed rules that broke them the wrong
way (a harmless trim or reordering read as a change), on invented text.

1. An "if" clause left off a whole sentence is a condition dropped only when it names a
   case: one on the speaking ("…, if you ask me", "…, if I may say so", "…, if truth be
   told") or "if necessary" in other words ("…, if need be", "…, if we have to", "…, if it
   comes to that") takes nothing back, after a comma, run straight on or opening the quote.
   "…, if the tide turns", "…, if you vote for us", "…, if it takes a year", "…, if I'm not
   mistaken" stay conditions.
2. A manner adverb in "-ly" moved across the verb and its object inside one clause ("will
   quickly rebuild the school" / "will rebuild the school quickly") is the same words; one
   moved across "and" or "to" to another verb stays a change.
3. "All of this" / "This" opening a whole sentence: all of one whole is that whole; "Most of
   this" / "This" stays a qualifier ("All of the nets" / "The nets" too until session 20,
   which reads all of a definite plural as that plural).
4. A weekday in the possessive or after "until", "since", "next" dates another event, not
   the remark: two such quotes of one speaker are still one remark.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes
from storylens.findings.quotes import _other_occasion

_SHORT = "The customs post at Brell will open its gates on Thursday"

STOCK_IFS = [
    # after the comma that closes the longer excerpt
    (f"{_SHORT}, if you ask me,", f"{_SHORT},", None),
    (f"{_SHORT}, if I may say so,", f"{_SHORT},", None),
    (f"{_SHORT}, if truth be told,", f"{_SHORT},", None),
    (f"{_SHORT}, if I'm honest,", f"{_SHORT},", None),
    (f"{_SHORT}, if you know what I mean,", f"{_SHORT},", None),
    (f"{_SHORT}, if need be,", f"{_SHORT},", None),
    (f"{_SHORT}, if we have to,", f"{_SHORT},", None),
    (f"{_SHORT}, if it comes to that,", f"{_SHORT},", None),
    (f"{_SHORT}, if that is what it takes,", f"{_SHORT},", None),
    # run straight on, and opening the quote
    (f"{_SHORT} if need be,", f"{_SHORT},", None),
    (f"{_SHORT} if you ask me,", f"{_SHORT},", None),
    ("If you ask me, the customs post at Brell will open its gates on Thursday,",
     f"{_SHORT},", None),
    # near misses: a case of its own stays a condition dropped
    (f"{_SHORT}, if the tide turns,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT}, if you vote for us,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT}, if you ask the inspectors,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT}, if it takes a year,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT}, if we have to close the bridge,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT}, if they do,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT}, if I'm not mistaken,", f"{_SHORT},", "qualifier"),
    (f"{_SHORT} if the tide turns,", f"{_SHORT},", "qualifier"),
    ("If the tide turns, the customs post at Brell will open its gates on Thursday,",
     f"{_SHORT},", "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), STOCK_IFS)
def test_an_if_clause_on_the_speaking_or_of_necessity_is_no_condition(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


ADVERBS = [
    ("We will rebuild the school quickly,", "We will quickly rebuild the school,", None),
    ("The storm damaged the old harbour badly,", "The storm badly damaged the old harbour,",
     None),
    ("We will examine the hull carefully and publish the report promptly,",
     "We will carefully examine the hull and promptly publish the report,", None),
    # near misses: moved across "and" or "to", onto another verb
    ("The fire started in the bakery and spread quickly to the roof,",
     "The fire quickly started in the bakery and spread to the roof,", "qualifier"),
    ("We will quickly decide to rebuild the school,",
     "We will decide to rebuild the school quickly,", "qualifier"),
    # near miss: moved across a negation, it says how much is denied
    ("The council publicly did not back the harbour plan,",
     "The council did not publicly back the harbour plan,", "qualifier"),
    # near miss: a placed adverb says what it restricts
    ("We nearly lost the whole of the herd,", "We lost nearly the whole of the herd,",
     "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), ADVERBS)
def test_a_manner_adverb_moved_inside_its_clause(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


WHOLES = [
    ("All of this is about the fishing quotas,", "This is about the fishing quotas,", None),
    ("All of that is behind the village now,", "That is behind the village now,", None),
    # a plural whole too (session 20: "all of the nets" are the nets, a maximizer before a
    # definite plural); a part stays a qualifier
    ("All of the nets were lost in the gale,", "The nets were lost in the gale,", None),
    ("Some of the nets were lost in the gale,", "The nets were lost in the gale,", "qualifier"),
    ("Most of this is about the fishing quotas,", "This is about the fishing quotas,",
     "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), WHOLES)
def test_all_of_one_whole(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


OCCASIONS = [
    ("harbour master Ilse Varga said of Tuesday's closure.",
     "harbour master Ilse Varga said on Friday.", False),
    ("Ilse Varga said, as the port stays shut until Monday.",
     "Ilse Varga said on Friday.", False),
    ("Ilse Varga said ahead of next Tuesday's vote.", "Ilse Varga said Friday.", False),
    # near misses: the remark's own day
    ("Ilse Varga told the council on Tuesday.", "Ilse Varga said on Friday.", True),
    ("Ilse Varga said Tuesday.", "Ilse Varga said Friday.", True),
]


@pytest.mark.parametrize(("a", "b", "other"), OCCASIONS)
def test_a_day_of_another_event_does_not_date_the_remark(a, b, other):
    assert _other_occasion(a, b) is other


MOVED_EITHER_WAY = [
    ("We welcome the board's offer, although we doubt its terms,",
     "We welcome the board, although we doubt its offer,", True),
    # near miss: two nouns trading places stay wording, either way
    ("Our pilots flew all night and our mechanics slept in the hangar,",
     "Our mechanics flew all night and our pilots slept in the hangar,", False),
]


@pytest.mark.parametrize(("a", "b", "moved"), MOVED_EITHER_WAY)
def test_a_moved_word_is_found_whichever_outlet_comes_first(a, b, moved):
    for x, y in ((a, b), (b, a)):
        c = compare_quotes(x, y)
        assert any(op.get("moved") for op in c["ops"]) is moved
        assert (c["change"] == "qualifier") is moved
