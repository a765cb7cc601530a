"""A cumulative tally given as of two moments is an update, not a conflict (session 18).

Session 17's held-out wrong (t52): "about 12 tonnes of dead fish" collected "by Monday
afternoon" against a Wednesday paper's headline "dead fish toll passes 15 tonnes". A total
worded as one up to a moment (an as-of "by Monday afternoon", "so far", "to date";
``rules/numbers.TALLY_PHRASES``) or as a mark passed ("passes", "topped";
``rules/numbers.EXCEED_VERBS``, also a lower bound that leaves the number out) is a running
tally whatever it totals (a count, a mass, an amount): two such figures standing for two
days are the tally at two moments (``facts._updated``). The near misses keep a conflict:
two tallies for the same moment, a cumulative total that fell, an agent's "by" ("cleaned by
300 volunteers"), a one-off figure of no tally wording. Invented text (fictional places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

MON, TUE, WED, THU = "2026-05-18", "2026-05-19", "2026-05-20", "2026-05-21"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: str, pub_a: str, b: str, pub_b: str) -> list[set[str]]:
    """The values of each conflict between two aligned one-sentence articles."""
    docs = [support.make_doc("a1", "Velka Courier", [a], published=pub_a),
            support.make_doc("a2", "Orsan Herald", [b], published=pub_b)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


SHORE_MON = "Volunteers had collected 8 tonnes of plastic from the Velka shore by Monday afternoon."


@pytest.mark.parametrize(("a", "pa", "b", "pb", "want"), [
    # a total as of Monday, and the same total as of Wednesday: an update
    (SHORE_MON, MON, "More than 11 tonnes of plastic had been collected from the Velka shore "
     "by Wednesday, the Orsan council said.", WED, None),
    # a later headline's mark passed, of no stated time: its article's day
    (SHORE_MON, MON, "Velka shore plastic haul passes 11 tonnes", WED, None),
    (SHORE_MON, MON, "Volunteers have collected 11 tonnes of plastic from the Velka shore so "
     "far.", WED, None),
    # an amount and a count totalled up to two moments
    ("The Tarsk flood appeal had raised 40,000 crowns by Tuesday evening.", TUE,
     "The Tarsk flood appeal has raised 65,000 crowns to date.", THU, None),
    ("Border guards at Velm had registered 1,200 migrants by Monday.", MON,
     "Border guards at Velm had registered 1,900 migrants by Wednesday.", WED, None),
    # the present perfect's total up to now, against a figure of an earlier stated day
    ("Volunteers collected 8 tonnes of plastic from the Velka shore on Monday.", MON,
     "Volunteers have collected 11 tonnes of plastic from the Velka shore.", WED, None),
    # near miss: a total up to now below an earlier day's figure, of a tally that only
    # grows (a toll: no one is un-killed)
    ("Seven residents of the Velka care home died in the heatwave.", MON,
     "Six residents of the Velka care home have died in the heatwave.", TUE,
     {"seven", "six"}),
    # near misses: the total up to now and that day's figure in articles of one day; a past
    # perfect that names no moment of its own
    ("Volunteers collected 8 tonnes of plastic from the Velka shore on Monday.", MON,
     "Volunteers have collected 11 tonnes of plastic from the Velka shore.", MON,
     {"8 tonnes", "11 tonnes"}),
    ("Volunteers collected 8 tonnes of plastic from the Velka shore on Monday.", MON,
     "Volunteers had collected 11 tonnes of plastic from the Velka shore.", WED,
     {"8 tonnes", "11 tonnes"}),
    # near misses: two tallies for the same moment, from articles of two days or one day
    (SHORE_MON, MON, "Volunteers had collected 11 tonnes of plastic from the Velka shore by "
     "Monday afternoon.", WED, {"8 tonnes", "11 tonnes"}),
    (SHORE_MON, MON, "Volunteers had collected 11 tonnes of plastic from the Velka shore by "
     "Monday afternoon.", MON, {"8 tonnes", "11 tonnes"}),
    # near miss: "by" names the agent, not a moment
    ("The Velka shore was cleaned by 300 volunteers.", MON,
     "The Velka shore was cleaned by 450 volunteers.", WED, {"300", "450"}),
    # near miss: a one-off figure with no tally wording, in articles of two days
    ("The Velka ferry was carrying 140 passengers when it sank.", MON,
     "The Velka ferry was carrying 180 passengers when it sank.", WED, {"140", "180"}),
])
def test_a_cumulative_tally_at_two_moments_is_an_update(a, pa, b, pb, want):
    assert _values(a, pa, b, pb) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a mark passed is a floor that leaves the number out
    ("Donations to the Tarsk appeal topped 2 million crowns.",
     "Donations to the Tarsk appeal came to 2.4 million crowns.", None),
    # near miss: a figure below the mark
    ("Donations to the Tarsk appeal topped 2 million crowns.",
     "Donations to the Tarsk appeal came to 1.6 million crowns.",
     {"2 million crowns", "1.6 million crowns"}),
])
def test_a_mark_passed_is_a_floor(a, b, want):
    assert _values(a, MON, b, MON) == ([] if want is None else [want])


@pytest.mark.parametrize(("text", "bound"), [
    ("The dead fish toll on the Darven passes 15 tonnes.", ("min", "open")),
    ("Donations topped 2 million crowns on Sunday.", ("min", "open")),
    # near misses: what was passed is counted; a vote's sides
    ("Pupils at the Velm school passed 15 exams this term.", (None, None)),
    ("The Orsan bill passed 218-214 on Tuesday.", (None, None)),
    ("The Orsan bill passed 218 to 214 on Tuesday.", (None, None)),
])
def test_an_exceed_verb_bounds_a_mark(text, bound):
    doc = support.make_doc("a1", "Orm Daily", (text,))
    (_, ms), = facts.doc_mentions(doc)
    assert (ms[0].bound, ms[0].edge) == bound


@pytest.mark.parametrize(("text", "worded", "as_of"), [
    ("Workers had collected about 12 tonnes of dead fish by Monday afternoon.", True, True),
    ("By late Tuesday, 40,000 crowns had been raised.", True, True),
    ("Crews had cleared 300 tonnes of debris by the end of the day.", True, True),
    ("Crews had cleared 300 tonnes of debris by noon.", True, True),
    ("Crews have cleared 300 tonnes of debris so far.", True, False),
    ("The appeal has raised 40,000 crowns to date.", True, False),
    # near misses: an agent's "by", a one-off figure
    ("The shore was cleaned by 300 volunteers.", False, False),
    ("The ferry was carrying 140 passengers when it sank on Monday.", False, False),
])
def test_the_wording_of_a_cumulative_tally(text, worded, as_of):
    doc = support.make_doc("a1", "Orm Daily", (text,), published=MON)
    (_, ms), = facts.doc_mentions(doc)
    assert (ms[-1].tally_words, ms[-1].as_of) == (worded, as_of)


@pytest.mark.parametrize(("a", "pa", "b", "pb", "want"), [
    # a standing state worded as a tally may fall: an update (session 18 review: the merge
    # read every worded tally as one that only grows)
    ("So far 900 people are sheltering in Brenvik schools.", MON,
     "So far 600 people are sheltering in Brenvik schools.", WED, None),
    ("By Monday evening, 2,400 households in Tarsk remained without water.", MON,
     "By Wednesday, 1,100 households in Tarsk remained without water.", WED, None),
    ("By Monday night, 310 travellers were still stranded at Velm station.", MON,
     "Some 120 travellers have been stranded at Velm station so far.", WED, None),
    # near misses: a casualty toll in a state's words (no one is un-killed)
    ("So far 12 people are confirmed dead in Brenvik.", MON,
     "So far 9 people are confirmed dead in Brenvik.", WED, {"12", "9"}),
])
def test_a_standing_state_may_fall(a, pa, b, pb, want):
    assert _values(a, pa, b, pb) == ([] if want is None else [want])
