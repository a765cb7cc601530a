"""Session 23's held-out quote_changed wrongs and one dev miss, each read as a class (session 24).

1. One noun phrase under two universal quantifiers, plural after "all" and singular after
   "every" / "each" (invented dev t119's trap: "a victory for all Marvenians" / "… for
   every Marvenian", told as a place changed): one scope (quote_diff._universal_number).
   Near misses that stay a change: another quantifier ("most", "some", "almost every"),
   another noun.
2. A relative clause left off the end of an excerpt that only ties a definite head to the
   story's event, named by a demonstrative (invented dev t113: "… the failures of my
   command that led to this tragedy" / "… the failures of my command.", told as a
   qualifier dropped): more of the quote, not a change (quote_diff._anaphoric_relative,
   rules.quote_changes.ANAPHORIC_DEMONSTRATIVES). Near misses that stay a qualifier: an
   indefinite, bare or quantified head, a denial, a pledge, a modal or a time in the
   clause, a clause naming no demonstrative event, a place dropped inside the quote.
3. One verb or adjective of multiplication put for another ("has tripled" / "has
   doubled", invented dev d106's keyed miss): another figure, a number changed
   (quote_diff._multiplier, rules.quote_changes.MULTIPLIERS). Near misses: one factor in
   two tenses, a verb that says no factor.
Invented text: fictional Orvell, Dravonia and their people.
"""

from __future__ import annotations

import pytest
import support

UNIVERSALS = [
    # one scope, the noun's number the determiner's grammar: no change
    ("This is a victory for all Orvellians,", "This is a victory for every Orvellian,", None),
    ("We will inspect all the ferries on the lake,",
     "We will inspect each ferry on the lake,", None),
    ("The levy falls on all of the harbour pilots,",
     "The levy falls on every harbour pilot,", None),
    # review24q: a partitive "every one of" before the same noun phrase as "all" /
    # "each": one scope, its "one" no count
    ("We will inspect every one of the ferries on the lake,",
     "We will inspect all the ferries on the lake,", None),
    ("We will inspect each of the ferries on the lake,",
     "We will inspect every one of the ferries on the lake,", None),
    ("We will inspect every one of our ferries on the lake,",
     "We will inspect all our ferries on the lake,", None),
    # near misses: a bare "one of", a count after "of", another quantifier
    ("We will inspect every one of the ferries on the lake,",
     "We will inspect one of the ferries on the lake,", "qualifier"),
    ("We will inspect every one of the ferries on the lake,",
     "We will inspect two of the ferries on the lake,", "number"),
    ("We will inspect all the ferries on the lake,",
     "We will inspect one of the ferries on the lake,", "number"),
    # near misses: another quantifier, another noun
    ("This is a victory for all Orvellians,", "This is a victory for most Orvellians,",
     "qualifier"),
    ("We will inspect all ferries on the lake,", "We will inspect some ferries on the lake,",
     "qualifier"),
    ("This is a victory for all Orvellians,", "This is a victory for every Dravonian,",
     "place"),
]


@pytest.mark.parametrize(("a", "b", "kind"), UNIVERSALS)
def test_one_noun_phrase_under_two_universal_quantifiers(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


ANAPHORIC = [
    # a relative clause tying a definite head to the story's event: more of the quote
    ("I bear full responsibility for the failures of my unit that led to this disaster.",
     "I bear full responsibility for the failures of my unit.", None),
    ("Our crews accept the blame for the mistakes of the night shift that caused this "
     "blackout.", "Our crews accept the blame for the mistakes of the night shift.", None),
    ("We regret the errors of our staff that caused this outage.",
     "We regret the errors of our staff.", None),
    ("Our engineers regret the decisions of the board that led to this flooding.",
     "Our engineers regret the decisions of the board.", None),
    # near misses: a denial, a pledge, a quantified or bare head, a time, a modal
    ("We will not reopen the schools that failed this inspection.",
     "We will not reopen the schools.", "qualifier"),
    ("We will compensate the families who lost this harvest.",
     "We will compensate the families.", "qualifier"),
    ("We will compensate every family that lost this harvest.",
     "We will compensate every family.", "qualifier"),
    ("I take responsibility for failures that led to this tragedy.",
     "I take responsibility for failures.", "qualifier"),
    ("The port authority regrets the faults that appeared this week.",
     "The port authority regrets the faults.", "qualifier"),
    ("We will close the mines that could repeat this disaster.",
     "We will close the mines.", "qualifier"),
    # no demonstrative: another event named, the clause restricts
    ("Our engineers regret the decisions of the board that led to the flooding.",
     "Our engineers regret the decisions of the board.", "qualifier"),
    # review24q: a bare definite head made definite by the clause alone, or a clause whose
    # verb picks out members rather than saying they caused the event: a qualifier dropped
    ("I condemn the soldiers who fired on this convoy.", "I condemn the soldiers.",
     "qualifier"),
    ("The ministry cancelled the contracts that broke these rules.",
     "The ministry cancelled the contracts.", "qualifier"),
    ("I blame the officers who ignored this warning.", "I blame the officers.",
     "qualifier"),
    ("I regret the mistakes of my crew that caused this crash.",
     "I regret the mistakes of my crew.", None),
    ("I condemn the members of the Pell council who voted for this plan.",
     "I condemn the members of the Pell council.", "qualifier"),
    ("We oppose the policies of the Orvell council that created this new levy.",
     "We oppose the policies of the Orvell council.", "qualifier"),
    # a place dropped inside the quote stays a change
    ("We feel grave concern for North Dravonia and its people.",
     "We feel grave concern for Dravonia and its people.", "place"),
]


@pytest.mark.parametrize(("a", "b", "kind"), ANAPHORIC)
def test_a_relative_clause_naming_the_story_event_left_off(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


MULTIPLIED = [
    # one factor put for another: a number changed (invented dev d106's keyed miss)
    ("The ash output has tripled in two days and we cannot rule out a blast,",
     "The ash output has doubled in two days and we cannot rule out a blast,", "number"),
    ("Our fares have halved since the Orvell line opened,",
     "Our fares have doubled since the Orvell line opened,", "number"),
    ("The crews now work a double shift on the Pell quay,",
     "The crews now work a triple shift on the Pell quay,", "number"),
    # near misses: one factor in two tenses (wording); a verb that says no factor (a word
    # swap, shown only where the word table puts the two apart)
    ("The ash output has doubled in two days and we cannot rule out a blast,",
     "The ash output is doubling in two days and we cannot rule out a blast,", "word"),
    ("The ash output has tripled in two days and we cannot rule out a blast,",
     "The ash output has risen in two days and we cannot rule out a blast,", "swap"),
    # review24q guard: one factor said two ways is no change
    ("Our fares have halved since the Orvell line opened,",
     "Our fares have been cut by half since the Orvell line opened,", None),
]


@pytest.mark.parametrize(("a", "b", "kind"), MULTIPLIED)
def test_one_multiplier_put_for_another(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind
