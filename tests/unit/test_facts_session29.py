"""Session 29: a count's referent holds what its cases, victims or deaths are *of*.

Session 28's held-out wrong (now dev t164): one outlet's 31 cases of mushroom poisoning
last year set against an off-story piece's 46 cases last year, cases of listeria by the
sentence before ("Listeria infections are rare ..."). A count of a noun of
rules/numbers.CAUSE_NOUNS is a count of a kind (an illness, a crime, a cause), read after
"of"/"from" with no determiner, between the count and its noun, or, where its sentence
names none, from the kind the sentence before gives such a noun (``facts._cause``,
``_caused``). Two kinds with no word in common are two measures; one kind told two ways
shares a word and still conflicts; a determiner opens one event, worded differently by
each outlet ("victims of the attack" / "victims of the bombing"), no kind.

Invented text (fictional places, outlets and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # two illnesses, two crimes, two causes: two measures
    ("Tarnovia recorded 31 cases of mushroom poisoning last year, officials said.",
     "Tarnovia recorded 46 cases of listeria last year, officials said.", set()),
    ("Police in Dorvel recorded 40 victims of burglary in March, officials said.",
     "Police in Dorvel recorded 65 victims of fraud in March, officials said.", set()),
    ("Hospitals in Dorvel reported 12 deaths from heatstroke on Friday.",
     "Hospitals in Dorvel reported 19 deaths from drowning on Friday.", set()),
    ("Tarnovia recorded 31 cases of mushroom poisoning last year, officials said.",
     "Tarnovia recorded 46 listeria cases last year, officials said.", set()),
    # near misses: one kind told two ways (a word shared), or one side naming no kind
    ("Tarnovia recorded 31 cases of mushroom poisoning last year, officials said.",
     "Tarnovia recorded 46 cases of poisoning from wild mushrooms last year, officials said.",
     {"31", "46"}),
    ("Tarnovia recorded 31 cases of mushroom poisoning last year, officials said.",
     "Tarnovia recorded 46 mushroom poisoning cases last year, officials said.",
     {"31", "46"}),
    ("Tarnovia recorded 31 cases of mushroom poisoning last year, officials said.",
     "Tarnovia recorded 46 cases last year, officials said.", {"31", "46"}),
    ("Tarnovia recorded 31 cases of mushroom poisoning last year, officials said.",
     "Tarnovia recorded 46 reported cases of mushroom poisoning last year, officials said.",
     {"31", "46"}),
    # a determiner opens the story's one event, worded two ways: still one measure
    ("Doctors in Dorvel treated 14 victims of the attack on Friday.",
     "Doctors in Dorvel treated 19 victims of the bombing on Friday.", {"14", "19"}),
])
def test_a_count_is_of_a_kind(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


# the off-story shape of dev t164: the kind given a cause noun the sentence before
_OWN = "The Tarnovia health office recorded 31 cases of mushroom poisoning last year."
_BARE = "The Tarnovia health office recorded 46 cases last year."


@pytest.mark.parametrize(("before", "want"), [
    ("Listeria infections are rare but dangerous for newborns.", set()),
    ("Salmonella cases rose in the summer, the office said.", set()),
    # near misses: the sentence before names the same kind, no kind, or a kind-less word
    ("Mushroom poisoning is common in the autumn forests.", {"31", "46"}),
    ("Autumn is the busiest season for the office's inspectors.", {"31", "46"}),
    ("New infections are rare in the winter months.", {"31", "46"}),
])
def test_a_bare_count_takes_the_kind_before(before: str, want: set[str]) -> None:
    got = support.fact_pair_values([_OWN], [before, _BARE], aligned=False)
    assert got == ([want] if want else [])


def _causes(*sentences: str) -> list[frozenset[str] | None]:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", sentences, published="2026-11-18")
    return [m.cause for _sid, ms in facts.doc_mentions(doc) for m in ms if m.family == "count"]


@pytest.mark.parametrize(("sentences", "want"), [
    (("Officials confirmed 14 Ebola cases on Monday.",), [{"ebola"}]),
    (("Officials confirmed 14 new cases on Monday.",), [set()]),
    (("Officials confirmed 14 cases of measles linked to the school.",), [{"measl"}]),
    (("Police said 12 victims of the crash were men.",), [set()]),
    (("Police said 12 people were hurt.",), [None]),
    (("Cholera has spread along the river.", "Officials confirmed 14 cases."), [set()]),
    (("Cholera infections have spread along the river.", "Officials confirmed 14 cases."),
     [{"cholera"}]),
])
def test_cause(sentences: tuple[str, ...], want: list) -> None:
    assert _causes(*sentences) == want


_DETAINED = "Tomas Orlik walked out of the Dorvel remand centre on Wednesday after {}."


@pytest.mark.parametrize(("a", "b", "want"), [
    # a span in whole months or years is the span in days rounded to them (dev t134's trap)
    ("seven months behind bars", "211 days in detention", set()),
    ("two years behind bars", "740 days in detention", set()),
    ("seven months behind bars", "29 weeks in detention", set()),
    # near misses: days that round to another month, a bound, a span written finer than a
    # whole unit
    ("seven months behind bars", "150 days in detention", {"seven months", "150 days"}),
    ("seven months behind bars", "240 days in detention", {"seven months", "240 days"}),
    ("more than seven months behind bars", "200 days in detention",
     {"seven months", "200 days"}),
    ("1.5 years behind bars", "500 days in detention", {"1.5 years", "500 days"}),
])
def test_a_calendar_span_is_rounded(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(_DETAINED.format(a), _DETAINED.format(b))
    assert got == ([want] if want else [])


_SANK = ("All 40 people aboard the Orvel ferry were rescued when it sank off Tamsk shortly "
         "after 6:40 a.m.")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a departure's time is not the time of what befell the journey (dev d57's trap)
    ("The Orvel ferry departed from Tamsk at 6:05 a.m. for a routine crossing to Brask.",
     _SANK, set()),
    ("The Orvel ferry set off from Tamsk at 6:05 a.m. for a routine crossing to Brask.",
     _SANK, set()),
    # near misses: two departures, two sinkings, a road left in a crash
    ("The Orvel bus left the Tamsk road on a sharp bend at 6:05 a.m. on Saturday.",
     "The Orvel bus skidded off a bend on the Tamsk road shortly after 6:40 a.m. on Saturday.",
     {"6:05 a.m.", "shortly after 6:40 a.m."}),
    ("The Orvel ferry set off from Tamsk at 6:05 a.m. for a routine crossing to Brask.",
     "The Orvel ferry set off from Tamsk at 6:40 a.m. for a routine crossing to Brask.",
     {"6:05 a.m.", "6:40 a.m."}),
    ("The Orvel ferry sank off Tamsk at 6:05 a.m. on a routine crossing to Brask.",
     "The Orvel ferry sank off Tamsk shortly after 6:40 a.m. on a routine crossing to Brask.",
     {"6:05 a.m.", "shortly after 6:40 a.m."}),
])
def test_a_departure_time_is_its_own(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a distance from a point is no position along the way (dev d102's trap)
    ("The cyclist fell near the 90-kilometre mark of the Orsk stage on Sunday.",
     "The cyclist fell about 12 kilometres from the finish of the Orsk stage on Sunday.",
     set()),
    # near misses: two distances from one point, two positions, one place told two ways,
    # two points worded apart (one point may be worded two ways: "the launch site" / "the
    # cosmodrome", dev t91's keyed conflict)
    ("Debris fell about 400 kilometres east of the launch site, the agency said.",
     "Debris fell about 40 kilometres east of the cosmodrome, the agency said.",
     {"400 kilometres", "40 kilometres"}),
    ("The cyclist fell about 20 kilometres from the finish of the Orsk stage on Sunday.",
     "The cyclist fell about 12 kilometres from the finish of the Orsk stage on Sunday.",
     {"20 kilometres", "12 kilometres"}),
    ("The cyclist fell near the 90-kilometre mark of the Orsk stage on Sunday.",
     "The cyclist fell near the 70-kilometre mark of the Orsk stage on Sunday.",
     {"90-kilometre", "70-kilometre"}),
    ("The quake struck 40 km from Tarvel on Sunday, officials said.",
     "The quake struck 60 km north of Tarvel on Sunday, officials said.",
     {"40 km", "60 km"}),
    ("The quake struck 40 km from the town of Tarvel on Sunday, officials said.",
     "The quake struck 60 km north of Tarvel on Sunday, officials said.",
     {"40 km", "60 km"}),
])
def test_a_distance_from_a_point(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


def _second_aligned(a: str, b: list[str]) -> list[set[str]]:
    """The conflicts between a one-sentence article and a two-sentence one whose second
    sentence is aligned with it (the first is its context)."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment
    from storylens.options import Options

    docs = [support.make_doc("a1", "Vell Daily", (a,), published="2026-11-18"),
            support.make_doc("a2", "Orsk Herald", tuple(b), published="2026-11-18")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s1"), 0.6)]
    return [{str(v["text"]).lower() for v in f.detail["values"]}
            for f in find_fact_conflicts(FindingContext.build(docs, als, options=Options()))]


_SERVICE = "The regional fire service estimated the damage in Brelov at around 2 million crowns."
_BOTH = {"2 million crowns", "6 million crowns"}


@pytest.mark.parametrize(("b", "want"), [
    # two parties' estimates: "put ... at" words an estimate, and a pronoun giving it is
    # the source the sentence before names (dev d115's trap)
    (["Mayor Ilse Varga said the real bill was far higher.",
      "She put the damage in Brelov at 6 million crowns."], set()),
    (["The storm tore roofs off houses across the town.",
      "The mayor put the damage in Brelov at 6 million crowns."], set()),
    # near misses: no source named before the pronoun, one source twice, no estimate
    (["The storm tore roofs off houses across the town.",
      "She put the damage in Brelov at 6 million crowns."], _BOTH),
    (["Fire chief Ilse Varga said the real bill was far higher.",
      "The regional fire service put the damage in Brelov at 6 million crowns."], _BOTH),
    (["Mayor Ilse Varga said the real bill was far higher.",
      "The damage in Brelov came to 6 million crowns."], _BOTH),
])
def test_a_pronoun_estimate_is_the_source_before(b: list[str], want: set[str]) -> None:
    got = _second_aligned(_SERVICE, b)
    assert got == ([want] if want else [])
