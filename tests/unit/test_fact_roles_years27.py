"""Session 27: two causes of session 26's held-out wrongs (now dev), each a structure.

A count set "among" a group by its clause ("Three tourists and the driver were among the
dead") says how many of that group its noun makes up, not how many of its noun there were
("carrying 31 tourists": all of them): ``facts._among``, ``_among_apart`` (t146). It
still meets a count among the same group ("Five tourists were among the dead") or a count
of its noun under the group's head ("Five tourists died").

A span whose sentence opens with a year before its article's ("In 2019, it staged a
three-day strike") is the length of that year's event, not of the story's ("a 48-hour
strike" on Monday): ``_Mention.past`` now covers spans as it covered counts and amounts
(t150). The story's own year, or no year, still conflicts.

Recall: two aligned sentences that give as many figures of one family, equal one for one
in text order but at one place ("at 92 km/h in a 50 km/h zone" / "at 82 km/h in a 50 km/h
zone"), state one fact two ways at that place, as a figure alone of its family does
(``facts._residual``, invented dev d104's keyed miss). Two places that differ say nothing
of which figure is which.

Invented text (fictional places and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a subset's count among the dead / the count of all on board: two measures
    ("Four pilgrims and the driver were among the dead, a spokesman for the governor of "
     "Orvane said.",
     "The coach, carrying 27 pilgrims and a guide, was travelling to the shrine at Tesk "
     "when it was attacked.", set()),
    ("Two guards were among those arrested.", "The prison employs 40 guards.", set()),
    ("Two guards were among those arrested.", "Five guards were among those injured.", set()),
    ("Four pilgrims were among the dead.", "The attack killed 12 people.", set()),
    # near misses: one role on both sides (the group, or its head on the noun) conflicts
    ("Four pilgrims were among the dead, the governor said.",
     "Six pilgrims were among the dead, the governor said.", {"four", "six"}),
    ("Four pilgrims and the driver were among the dead.",
     "Six pilgrims and the driver were among the dead.", {"four", "six"}),
    ("Four pilgrims were among the dead.", "Six pilgrims died in the attack.", {"four", "six"}),
    ("Two guards were among those arrested.", "Five guards were among those arrested.",
     {"two", "five"}),
    ("The coach was carrying 27 pilgrims.", "The coach was carrying 31 pilgrims.", {"27", "31"}),
])
def test_among_a_group(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a year before the article's heads the sentence: that year's event's span
    ("In 2017, the union staged a four-day strike at the Brell docks.",
     "Dock workers at Brell began a 24-hour strike on Monday.", set()),
    ("In 2017 the union held a four-day strike at the Brell docks.",
     "Dock workers at Brell began a 24-hour strike on Monday.", set()),
    ("Back in 2017, dockers staged a four-day strike at Brell.",
     "Dock workers at Brell began a 24-hour strike on Monday.", set()),
    # near misses: the story's own year, this week's, or no year: one strike, a conflict
    ("In 2026, the union staged a four-day strike at the Brell docks.",
     "Dock workers at Brell staged a 24-hour strike.", {"four-day", "24-hour"}),
    ("This week's four-day strike at the Brell docks has stranded cargo.",
     "The 24-hour strike at the Brell docks has stranded cargo.", {"four-day", "24-hour"}),
    ("Dock workers at Brell began a four-day strike on Monday.",
     "Dock workers at Brell began a 24-hour strike on Monday.", {"four-day", "24-hour"}),
])
def test_span_of_a_past_year(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


def _mentions(text: str):
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    return [m for _sid, ms in facts.doc_mentions(doc) for m in ms]


@pytest.mark.parametrize(("text", "want"), [
    ("Three tourists and the driver were among the dead.", "dead"),
    ("Two guards were among those killed, police said.", "dead"),
    ("Two guards were all among the passengers.", "passengers"),  # (its head)
    # no complement of "be" right after the count's noun phrase
    ("Among the dead were three tourists.", None),
    ("Three tourists boarded the coach and the driver was among the dead.", None),
    ("The bus, carrying 31 tourists, a driver and a guide, was among the first to leave.", None),
])
def test_among_field(text: str, want: str | None) -> None:
    counts = [m for m in _mentions(text) if m.family == "count"]
    assert counts and counts[0].among == want


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Police said the van had been travelling at 97 km/h in a 40 km/h zone.",
     "Police said the van had been travelling at 74 km/h in a 40 km/h zone.", {"97 km/h", "74 km/h"}),
    ("The Orm dam released 900 cubic metres a second, against 300 cubic metres a second "
     "in a normal spring.",
     "The Orm dam released 1,400 cubic metres a second, against 300 cubic metres a second "
     "in a normal spring.", {"900 cubic metres", "1,400 cubic metres"}),
    # near misses: two places differ, or the figures are not as many: no pairing
    ("Police said the van had been travelling at 97 km/h in a 40 km/h zone.",
     "Police said the van had been travelling at 40 km/h in a 30 km/h zone.", set()),
    ("Police said the van had been travelling at 97 km/h in a 40 km/h zone.",
     "Police said the van had been travelling at 74 km/h.", set()),
    ("Police said the van had been travelling at 97 km/h in a 40 km/h zone.",
     "Police said the van had been travelling at 97 km/h in a 40 km/h zone.", set()),
])
def test_residual_figure(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


# review27f: three defects found by probing the above, each with its near misses.

@pytest.mark.parametrize(("a", "b", "want"), [
    # a day of the story's week written after the opening year, in or before the figure's
    # clause, dates the figure: that year no longer makes it a past event's
    ("In 2019, the union was founded, and on Monday it began a four-day strike at Brell.",
     "Dock workers at Brell began a 24-hour strike on Monday.", {"four-day", "24-hour"}),
    ("In 2019 the union won a pay deal; it staged a four-day strike this week at Brell.",
     "Dock workers at Brell staged a 24-hour strike this week.", {"four-day", "24-hour"}),
    ("In 2019, the union was founded, and it began a four-day strike at Brell on Monday.",
     "Dock workers at Brell began a 24-hour strike on Monday.", {"four-day", "24-hour"}),
    ("In 2019, the union was founded, and on Monday 40 workers were hurt at the Brell docks.",
     "On Monday 52 workers were hurt at the Brell docks.", {"40", "52"}),
    # near misses: the year alone, or written after the day, still dates a past event
    ("In 2019, the union staged a four-day strike at Brell.",
     "Dock workers at Brell began a 24-hour strike on Monday.", set()),
    ("On Monday the union said that in 2019 it staged a four-day strike at Brell.",
     "Dock workers at Brell began a 24-hour strike on Monday.", set()),
    ("In 2019, 40 workers were hurt at the Brell docks.",
     "On Monday 52 workers were hurt at the Brell docks.", set()),
])
def test_story_day_after_past_year(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # the order of the owners differs: equal values at one place are two people's fines,
    # so the figures left are not one fact (was {"$300", "$400"}: Morn's and Strem's)
    ("Strem was fined $500 and Morn $300 in Kerrow on Monday.",
     "Morn was fined $500 and Strem $400 in Kerrow on Monday.", set()),
    # near misses: one order of owners, one place that differs
    ("Strem was fined $500 and Morn $300 in Kerrow on Monday.",
     "Strem was fined $500 and Morn $400 in Kerrow on Monday.", {"$300", "$400"}),
    ("Police said the van had been travelling at 97 km/h in a 40 km/h zone.",
     "Police said the van had been travelling at 74 km/h in a 40 km/h zone.", {"97 km/h", "74 km/h"}),
])
def test_residual_owners_in_order(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


_STORMED = "Hundreds of protesters stormed the Vellish embassy in Dorvan on Tuesday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # two acts of one crowd: the part that stormed and the crowd that rallied, both true
    ("On Tuesday, hundreds of protesters stormed the Vellish embassy compound in Dorvan.",
     "The funeral was followed by a huge rally by thousands of angry protesters who reached "
     "the Vellish diplomatic mission in Dorvan.", set()),
    (_STORMED, "Thousands of protesters rallied in Dorvan on Tuesday.", set()),
    ("About 300 protesters stormed the Vellish embassy in Dorvan on Tuesday.",
     "A rally of some 5,000 protesters was held in Dorvan on Tuesday.", set()),
    # near misses: one act (the same verb, or two crowd words) sized an order apart
    (_STORMED, "Thousands of protesters stormed the Vellish embassy in Dorvan on Tuesday.",
     {"hundreds", "thousands"}),
    ("Hundreds of protesters gathered outside the Vellish embassy in Dorvan on Tuesday.",
     "Thousands of protesters rallied outside the Vellish embassy in Dorvan on Tuesday.",
     {"hundreds", "thousands"}),
    ("About 300 protesters stormed the Vellish embassy in Dorvan on Tuesday.",
     "About 500 protesters stormed the Vellish embassy in Dorvan on Tuesday.", {"300", "500"}),
    # a bound's negation ("no fewer than") is no negated act
    ("No fewer than 3,000 protesters stormed the Vellish embassy in Dorvan on Tuesday.",
     "Fewer than 500 protesters stormed the Vellish embassy in Dorvan on Tuesday.",
     {"3,000", "500"}),
])
@pytest.mark.parametrize("aligned", [True, False])
def test_crowd_two_acts(a: str, b: str, want: set[str], aligned: bool) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a crowd that filled a street is the crowd that gathered there (rules/numbers.
    # CROWD_ACT_WORDS): one act, sized twice, in two aligned sentences
    ("About 200 people gathered on Orme Street on Friday evening for a vigil.",
     "More than 900 mourners filled Orme Street on Friday night.", {"200", "900"}),
    ("Hundreds of people gathered on Orme Street on Friday evening for a vigil.",
     "Thousands of mourners filled Orme Street on Friday night.", {"hundreds", "thousands"}),
    # near miss: a part of that crowd doing another thing later
    ("About 200 people gathered on Orme Street on Friday evening for a vigil.",
     "A smaller group of about 30 later threw bottles at police on Orme Street.", set()),
])
def test_crowd_one_act_aligned(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])
