"""quote_changed near misses of session 19, on invented text.

1. A name set off by commas after the noun it names ("Our mayor, Oda Renvik, has …" /
   "Our mayor has …") is one person named or not: no change. An item of a list of names
   and a name swapped stay changes.
2. One speaker's quotes whose own sentences date them to two weekdays or two months are
   two remarks, not one remark worded two ways; a weekday beside a month, or one day, is
   still one occasion.
3. Recall: a hedge of the present run straight on at the end of a denial ("no sign of
   sabotage so far" / "no sign of sabotage,") is dropped, as after a comma; in a clause
   that denies nothing it is detail. A verbless negated contrast run on with "but"
   ("under control but not over") left off a whole sentence is a qualifier dropped, as a
   "but" clause after a comma is; "but" before anything else is not. A condition after
   the comma closing a whole sentence ("…, if the wind drops") is dropped, not a set
   phrase ("…, if not sooner"); a partitive quantifier and its "of" opening the longer
   excerpt before a whole sentence ("Part of the old town …" / "The old town …") is a
   qualifier, not "both of". An exception run straight on ("every port except the north
   harbour") left off a whole sentence widens the claim.
4. A content word moved into another changed place, in place of a word the other wording
   lacks, is a qualifier ("respect the council's vote, … disagree with its timing" /
   "respect the council, … its vote"); the prop-word "one" after a determiner is no count,
   nor "every one of our sailors" / "every sailor" (invented dev d76's trap).
5. Desk edits that must stay quiet: an ellipsis, a quote split by "he said", a trimmed
   "and" clause, house style of numbers, a parallel "but" clause left off, a second
   sentence left off.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes
from storylens.findings.quotes import _other_occasion

APPOSITIVES = [
    (  # a name after the noun that names the same person
        "Our mayor, Oda Renvik, has done nothing for the harbour,",
        "Our mayor has done nothing for the harbour,",
        None,
    ),
    (  # two names joined by "and" after a plural noun
        "Our two sons, Erik and Jon, were on the boat that night,",
        "Our two sons were on the boat that night,",
        None,
    ),
    (  # near miss: an item of a list of places (the word before the comma is a name)
        "We searched Orlo, Vena, and Tarn before dark,",
        "We searched Orlo and Tarn before dark,",
        "place",
    ),
    (  # near miss: another person after the same noun
        "We asked the minister, Oda Renvik, to resign at once,",
        "We asked the minister, Ivo Sarne, to resign at once,",
        "place",
    ),
    (  # near miss: a name not set off by commas narrows the noun
        "The mayor of Tarn has done nothing for the harbour,",
        "The mayor has done nothing for the harbour,",
        "place",
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), APPOSITIVES)
def test_a_name_in_apposition_is_one_person_named_or_not(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


OCCASIONS = [
    ("Finance Minister Ada Korsh told parliament on Tuesday.",
     "Finance Minister Ada Korsh said in a radio interview on Friday.", True),
    ("the minister said at a rally in January.", "the minister told reporters in October.", True),
    ("Finance Minister Ada Korsh told parliament on Tuesday.",
     "Finance Minister Ada Korsh said on Tuesday.", False),
    ("Finance Minister Ada Korsh told parliament on Tuesday.",
     "Finance Minister Ada Korsh said in March.", False),  # Tuesday may be in March
    ("said Ada Korsh.", "Ada Korsh said on Friday.", False),  # one side undated
    ("Ada Korsh said on Monday, after the talks broke down on Sunday.",
     "Ada Korsh said on Friday.", False),  # two days on one side: which is the remark's?
    ("May Orsk said.", "Ada Korsh said in June.", False),  # "May": a name or a modal
]


@pytest.mark.parametrize(("a", "b", "other"), OCCASIONS)
def test_two_dated_occasions(a, b, other):
    assert _other_occasion(a, b) is other


def test_one_speakers_two_dated_remarks_are_no_change():
    assert support.quote_changes_found(
        '"We will not raise taxes this year," Finance Minister Ada Korsh told parliament on '
        "Tuesday.",
        '"We will not raise fuel taxes this year," Finance Minister Ada Korsh said in a radio '
        "interview on Friday.",
    ) == []


def test_one_remark_dated_the_same_day_is_still_a_change():
    found = support.quote_changes_found(
        '"We will not raise taxes this year," Finance Minister Ada Korsh told parliament on '
        "Tuesday.",
        '"We will raise taxes this year," Finance Minister Ada Korsh said on Tuesday.',
    )
    assert [f.detail["change"] for f in found] == ["negation"]


ENDINGS = [
    (  # a hedge of the present run on at the end of a denial
        "We have found no sign of sabotage so far,",
        "We have found no sign of sabotage,",
        "qualifier",
    ),
    (  # the same, with more of the remark after its comma
        "We have not found any fault in the engines at this stage, but the tests go on,",
        "We have not found any fault in the engines,",
        "qualifier",
    ),
    (  # near miss: in a clause that denies nothing
        "Crews worked through the night so far,",
        "Crews worked through the night,",
        None,
    ),
    (  # near miss: a count told in the present perfect says "so far" without it
        "Rescuers have pulled 12 people from the rubble so far,",
        "Rescuers have pulled 12 people from the rubble,",
        None,
    ),
    (  # a verbless negated contrast run on with "but"
        "The flood is contained but not over, and more rain is due on Sunday,",
        "The flood is contained.",
        "qualifier",
    ),
    (  # the same after a comma (session 18's rule)
        "The flood is contained, but it is not over yet,",
        "The flood is contained.",
        "qualifier",
    ),
    (  # near miss: "but" run on before no negation
        "The river fell slowly but steadily through the night,",
        "The river fell slowly.",
        None,
    ),
    (  # near miss: a partial quote woven into the outlet's sentence picks its words
        "The flood is contained but not over, and more rain is due on Sunday,",
        "the flood is contained",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), ENDINGS)
def test_limits_run_on_at_the_end(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


def _said(quote: str, who: str = "harbour master Elin Tove") -> str:
    return f'"{quote}," {who} said on Monday.'


QUIET = [
    (_said("We will rebuild the bridge, whatever it costs, before the winter comes"),
     _said("We will rebuild the bridge ... before the winter comes")),
    ('"The water is safe to drink. We tested every well in the valley," said Lena Marsk, the '
     "district health officer.",
     '"The water is safe to drink," said Lena Marsk, the district health officer. "We tested '
     'every well in the valley."'),
    (_said("The ferry will resume sailing on Friday, and tickets already bought remain valid"),
     _said("The ferry will resume sailing on Friday")),
    (_said("We lost 12 homes and two barns in the flood"),
     _said("We lost twelve homes and 2 barns in the flood")),
    (_said("The north road will reopen on Monday, but the coast road will stay shut until June"),
     _said("The north road will reopen on Monday")),
    ('"We found the boat at dawn. The crew were cold but alive," said rescuer Jon Tveit.',
     '"We found the boat at dawn," said rescuer Jon Tveit.'),
    (_said("Our mayor, Oda Renvik, has done nothing for the harbour"),
     _said("Our mayor has done nothing for the harbour")),
    (_said("We will, of course, cooperate fully with the inquiry"),
     _said("We will cooperate fully with the inquiry")),
    (_said("The council has prioritised the harbour defences"),
     _said("The council has prioritized the harbor defenses")),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_desk_edits_are_no_finding(a, b):
    assert support.quote_changes_found(a, b) == []


LOUD = [
    (_said("We have found no sign of sabotage so far"), _said("We have found no sign of sabotage"),
     "hedge"),
    (_said("The flood is contained but not over, and more rain is due on Sunday"),
     _said("The flood is contained"), "contrast"),
    (_said("We will not close the maternity ward"), _said("We will close the maternity ward"),
     "negation"),
]


@pytest.mark.parametrize(("a", "b", "said"), LOUD)
def test_changes_of_what_was_said_are_findings(a, b, said):
    found = support.quote_changes_found(a, b)
    assert len(found) == 1 and found[0].detail["meaningful"] is True
    assert said in found[0].summary


MOVED = [
    (  # a word moved into another part of the statement, in place of one the other lacks
        "We accept the council's vote, although we disagree with its timing,",
        "We accept the council, although we disagree with its vote,",
        "qualifier",
    ),
    (  # the same with a verb: the harbour is now damaged, not destroyed
        "The storm destroyed the harbour and damaged the old town,",
        "The storm damaged the harbour and the old town,",
        "qualifier",
    ),
    (  # near miss: two items of a list trade places
        "We will rebuild the school and the clinic before winter,",
        "We will rebuild the clinic and the school before winter,",
        "word",
    ),
    (  # near miss: two renderings, each putting a word for another in two places
        "We will hold the election in spring and count the votes in public,",
        "We will hold the vote in spring and count the ballots in public,",
        "word",
    ),
    (  # near miss: two nouns trade places (each found in the other's place)
        "Our nurses worked all night and our doctors slept in the wards,",
        "Our doctors worked all night and our nurses slept in the wards,",
        "word",
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), MOVED)
def test_a_word_moved_into_another_part(a, b, kind):
    c = compare_quotes(a, b)
    assert c["change"] == kind
    assert any(op.get("moved") for op in c["ops"]) is (kind == "qualifier")


def test_a_moved_word_is_said_as_such():
    found = support.quote_changes_found(
        _said("We accept the council's vote, although we disagree with its timing", "club "
              "chairman Emil Drach"),
        _said("We accept the council, although we disagree with its vote", "club chairman "
              "Emil Drach"),
    )
    assert len(found) == 1 and found[0].detail["meaningful"] is True
    assert "a word moved to another part of the quote" in found[0].summary


PROP_ONE = [
    ("The new bridge was a good idea, but the old bridge was built too cheaply,",
     "The new bridge was a good idea, but the old one was built too cheaply,", "word"),
    ("We will keep this plan until the end of the year,",
     "We will keep this one until the end of the year,", "word"),
    # near misses: a count
    ("We found one survivor in the wreck this morning,",
     "We found two survivors in the wreck this morning,", "number"),
    ("We saved the boat and found one in the water,",
     "We saved the boat and found two in the water,", "number"),
    ("We saved the boat and found one in the water,",
     "We saved the boat and found Erik in the water,", "number"),
]


@pytest.mark.parametrize(("a", "b", "kind"), PROP_ONE)
def test_the_prop_word_one_is_no_count(a, b, kind):
    assert compare_quotes(a, b)["change"] == kind



PARTITIVES = [
    # "one of" after a universal or free-choice quantifier: the same as the noun alone
    ("We will not stop searching until every one of our sailors is home,",
     "We will not stop searching until every sailor is home,", "trivial"),
    ("We will check each one of the bridges before we reopen the road,",
     "We will check each bridge before we reopen the road,", "trivial"),
    # near misses: "one of" after no quantifier, another noun, the quantifier dropped
    ("We will check one of the bridges before we reopen the road,",
     "We will check the bridges before we reopen the road,", "number"),
    ("We will check every one of the bridges before we reopen the road,",
     "We will check every road before we reopen the road,", "number"),
    ("We will check every one of the bridges before we reopen the road,",
     "We will check one bridge before we reopen the road,", "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), PARTITIVES)
def test_every_one_of_is_every(a, b, kind):
    assert compare_quotes(a, b)["change"] == kind
    assert compare_quotes(b, a)["change"] == kind


CONDITIONS_AND_PARTS = [
    # a condition after the comma closing the longer excerpt, left off a whole sentence
    ("We expect to refloat the barge on Friday's high tide, if the wind drops,",
     "We expect to refloat the barge on Friday's high tide,", "qualifier"),
    ("The ferry will sail at noon, unless the harbour master objects,",
     "The ferry will sail at noon,", "qualifier"),
    # near misses: a set phrase after "if"; a partial quote picks its words
    ("We expect to refloat the barge within two weeks, if not sooner,",
     "We expect to refloat the barge within two weeks,", None),
    ("We will reopen the school on Monday, if necessary,",
     "We will reopen the school on Monday,", None),
    ("We owe the families an apology, if nothing else,",
     "We owe the families an apology,", None),
    ("We expect to refloat the barge on Friday's high tide, if the wind drops,",
     "we expect to refloat the barge on Friday's high tide", None),
    # a partitive quantifier and its "of" opening the longer excerpt before a whole sentence
    ("Part of the old town has been under water since dawn,",
     "The old town has been under water since dawn,", "qualifier"),
    ("Most of the rare maps were moved to the vault in time,",
     "The rare maps were moved to the vault in time,", "qualifier"),
    # near misses: "both of" names the same two, and "all of" before a definite plural the
    # same whole (session 20: the definite already names all of them); a partial quote
    # picks its words
    ("All of the rare maps were moved to the vault in time,",
     "The rare maps were moved to the vault in time,", None),
    ("Both of the pilots walked away from the crash,",
     "The pilots walked away from the crash,", None),
    ("Most of the crew spent the night on the ice,",
     "the crew spent the night on the ice", None),
]


@pytest.mark.parametrize(("a", "b", "kind"), CONDITIONS_AND_PARTS)
def test_a_condition_after_a_comma_and_a_partitive_at_the_front(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


EXCEPTIONS = [
    # an exception run straight on, left off a whole sentence, widens the claim
    ("The ferries ran from every port except the north harbour,",
     "The ferries ran from every port,", "qualifier"),
    ("The alarms sounded in every street except Mill Lane, where the cable was cut,",
     "The alarms sounded in every street,", "place"),
    # near misses: a partial quote picks its words; an exception the outlet tells outside
    ("The ferries ran from every port except the north harbour,",
     "the ferries ran from every port", None),
]


@pytest.mark.parametrize(("a", "b", "kind"), EXCEPTIONS)
def test_an_exception_left_off_widens_the_claim(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


def test_an_exception_the_outlet_tells_outside_is_no_change():
    c = compare_quotes("The ferries ran from every port except the north harbour,",
                       "The ferries ran from every port,", "",
                       "he said of the ferries, which ran everywhere except the north "
                       "harbour.")
    assert not c["ops"]
