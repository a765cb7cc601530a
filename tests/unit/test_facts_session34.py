"""Session 34: fact conflicts read wrong on invented dev, and their near misses.

- A count standing as the object of a setting preposition counts the setting, not the
  casualties the words before it name: "dozens of people were injured in 37 crashes"
  counts crashes, never "the number injured" (rules/numbers.SETTING_COUNT_PREPOSITIONS,
  ``facts._setting_object``; session 33's held-out t216: 58 injured set against the 37
  crashes). A count of no noun of its own ("rose to 37") and a count after "of", "to" or
  "at" keep the head; two counts of one setting noun still conflict.
- A count of a multiple ("lead at up to four times the permitted level") meets only
  another multiple, never a count of things ("12 of 20 samples"; rules/numbers.
  MULTIPLE_PLURALS; dev d212). Two multiples, or two numbers of occasions, still conflict.
- An outlet that tells a figure changing to a new value ("grew to 1,900 hectares by
  Thursday evening") as of a later moment than the other's running figure ("had burned
  about 1,200 hectares by Thursday morning"), or that also gives the other outlet's value
  elsewhere ("By Thursday morning some 1,200 hectares ... had burned"), reports an update,
  no conflict (``facts._change_told``; dev d214). A figure of no change, or a change away
  from the old value, still conflicts.
- A region's adjective ("in southern Merovia") names no measure: "gives the southern as
  1,200 hectares" is named "the figure" (``facts._can_be_noun``, rules/numbers.REGION_WORDS).

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # the setting's count against the casualties' (t216's shape)
    ("A cyclist was killed and 58 people were injured in Tarvik on Monday.",
     "A cyclist was killed and dozens of people were injured in 37 crashes in Tarvik on Monday.",
     []),
    ("Hackers caused 12 crashes in Tarvik on Monday.",
     "Hackers injured 15 people in Tarvik on Monday.", []),
    # two counted nouns: not read as one measure
    ("Hackers caused 12 crashes in Tarvik on Monday.",
     "Hackers caused 15 collisions in Tarvik on Monday.", []),
    # near misses: the casualties' counts beside a setting's count, two counts of one
    # setting noun, a toll after "rose to", the dead beside the attacks they died in
    ("A cyclist was killed and 58 people were injured in Tarvik on Monday.",
     "In Tarvik on Monday a cyclist was killed and 85 people were injured in 37 crashes.",
     [{"58", "85"}]),
    ("Hackers caused 12 crashes in Tarvik on Monday.",
     "Hackers caused 15 crashes in Tarvik on Monday.", [{"12", "15"}]),
    ("Four soldiers were killed in three attacks near Ulvo.",
     "Seven soldiers were killed in the attacks near Ulvo.", [{"four", "seven"}]),
    ("Four soldiers were killed in three attacks near Ulvo.",
     "Four soldiers were killed in five attacks near Ulvo.", [{"three", "five"}]),
    ("The death toll in Orsel rose to 37 on Tuesday.",
     "The death toll in Orsel rose to 41 on Tuesday.", [{"37", "41"}]),
    ("Police arrested 40 people at 12 protests in Morvel on Sunday.",
     "Police arrested 55 people at 12 protests in Morvel on Sunday.", [{"40", "55"}]),
    ("The inspectors found lead in 12 samples of the Brimo toy blocks.",
     "The inspectors found lead in 15 samples of the Brimo toy blocks.", [{"12", "15"}]),
])
def test_a_settings_count_is_no_casualty_count(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


@pytest.mark.parametrize(("a", "b", "want"), [
    # the homes people were evacuated from are counted as homes, not as the evacuated
    ("About 60 people were evacuated from 40 homes in Brask.",
     "Some 60 people were evacuated from 25 homes in Brask.", "gives the number of homes as 40"),
    ("About 60 people were evacuated from 40 homes in Brask.",
     "About 90 people were evacuated in Brask.", "gives the number evacuated as 60"),
])
def test_a_settings_count_is_named_by_its_noun(a: str, b: str, want: str) -> None:
    found = support.fact_pair_findings(a, b)
    assert len(found) == 1 and want in found[0].summary


@pytest.mark.parametrize(("text", "value", "heads"), [
    ("Dozens of people were injured in 37 crashes across Tarvik.", 37, frozenset()),
    ("Three people were killed during 12 raids on the border villages.", 12, frozenset()),
    ("At least 37 people were injured in the crashes.", 37, frozenset({"injured"})),
    ("The crashes injured at least 37 people.", 37, frozenset({"injured"})),
    ("The death toll rose to 37 on Tuesday.", 37, frozenset({"dead"})),
    ("The blast caused injuries to 12 officers.", 12, frozenset({"injured"})),
])
def test_heads_of_a_setting_count(text: str, value: int, heads: frozenset[str]) -> None:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Tarvik Post", [text], published="2026-11-18")
    ms = [m for _, ms in facts.doc_mentions(doc) for m in ms if m.q.value == value]
    assert len(ms) == 1, text
    assert ms[0].heads & {"dead", "injured"} == heads


@pytest.mark.parametrize(("a", "b", "want"), [
    # a multiple against a count of samples (d212's shape)
    ("The inspectors found lead in 12 of 20 samples of the Brimo toy blocks.",
     "Samples of the Brimo toy blocks contained lead at four times the permitted level.", []),
    ("The inspectors found lead in 12 of 20 samples of the Brimo toy blocks.",
     "Samples of the Brimo toy blocks contained lead at up to four times the permitted level.",
     []),
    # near misses: two multiples, two numbers of occasions
    ("Samples of the Brimo toy blocks contained lead at up to four times the permitted level.",
     "Samples of the Brimo toy blocks contained lead at up to six times the permitted level.",
     [{"four", "six"}]),
    ("Police in Ostrava have arrested Jan Varo three times since May.",
     "Police in Ostrava have arrested Jan Varo four times since May.", [{"three", "four"}]),
])
def test_a_multiple_meets_only_a_multiple(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


FIRE_WIRE = ("A forest fire that started on an army range in southern Dravia had burned about "
             "1,200 hectares by Thursday morning, officials said.")
FIRE_GREW = ("A forest fire that began on an army range in southern Dravia grew to 1,900 hectares "
             "by Thursday evening, the fire service said.")
# the same growth told with no moment it is as of
FIRE_GREW_NO_MOMENT = ("A forest fire that began on an army range in southern Dravia grew to "
                       "1,900 hectares, the fire service said.")


@pytest.mark.parametrize(("b", "want"), [
    # the outlet that tells the growth as of a later moment (d214's shape), or gives the
    # wire's figure too
    ([FIRE_GREW, "The fire crews were exhausted."], []),
    ([FIRE_GREW_NO_MOMENT, "By Thursday morning some 1,200 hectares of pine had burned."], []),
    ([FIRE_GREW_NO_MOMENT, "Crews said about 1,200 hectares had burned by dawn."], []),
    # a fall told the same way
    ([FIRE_GREW_NO_MOMENT.replace("grew to 1,900", "shrank to 900"),
      "By Thursday morning some 1,200 hectares of pine had burned."], []),
    # near misses: a figure of no change told (whatever else its article gives)
    ([FIRE_GREW.replace("grew to", "had burned"), "The fire crews were exhausted."],
     [{"1,200 hectares", "1,900 hectares"}]),
    ([FIRE_GREW.replace("grew to", "had burned"), "A fire in 2022 burned 1,200 hectares."],
     [{"1,200 hectares", "1,900 hectares"}]),
    # (a change against its direction: "grew to 900" from 1,200)
    ([FIRE_GREW.replace("1,900", "900"), "The fire crews were exhausted."],
     [{"1,200 hectares", "900 hectares"}]),
])
def test_an_update_its_outlet_tells(b: list[str], want: list[set[str]]) -> None:
    assert support.fact_pair_values([FIRE_WIRE], b) == want


def test_a_region_adjective_names_no_measure() -> None:
    found = support.fact_pair_findings([FIRE_WIRE], [FIRE_GREW.replace("grew to", "had burned")])
    assert len(found) == 1
    assert "the southern" not in found[0].summary
    assert "gives the figure as 1,200 hectares" in found[0].summary
