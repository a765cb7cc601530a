"""``fact_conflict`` between figures that count different things (session 13).

Each wrong conflict of the invented dev stories t04-t07 and d17/d20 is rebuilt here in new
invented text (fictional places and parties), beside the true conflict it resembles: a head
word that belongs to the previous number of its sentence ("four have died and 63 have
fallen ill"), a part of a group ("two of them seriously"), a rate ("3,000 passengers a
day"), a sum of several owners ("77 seats between them"), a list of one measure's values
("17 seats, 9 seats and 7 seats"), and a figure of an earlier dated event ("since 2017,
when nine guards died"; "in 2018, a smaller flood killed four"). And one recall rule with its
near misses: two counts of one counted noun in one frame of words ("licensed to carry 140
passengers" / "licensed to carry 175 passengers") meet in sentences the aligner left apart.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, whether or not the optional spaCy pipeline is installed."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def run(a: list[str], b: list[str], aligned=((0, 0),)):
    da = support.make_doc("a1", "Outlet A", a, published="2026-11-18")
    db = support.make_doc("a2", "Outlet B", b, published="2026-11-18")
    als = [Alignment("edited", (f"a1:s{i}", f"a2:s{j}"), 0.7) for i, j in aligned]
    return find_fact_conflicts(FindingContext.build([da, db], als, options=Options()))


def values(found) -> list[list[str]]:
    return sorted(sorted(v["text"] for v in f.detail["values"]) for f in found)


CASES = [
    # --- a head word of the previous number (t05, t07) ---------------------------------
    pytest.param(["Health officials said four people have died and 63 have fallen ill in the "
                  "cholera outbreak in Marvello."],
                 ["Five people have died in the cholera outbreak in Marvello, health "
                  "officials said."],
                 [(0, 0)], [["Five", "four"]], id="ill-count-is-no-toll"),
    pytest.param(["Police said 14 people were arrested, six officers were injured and about 25 "
                  "cars were set on fire in Brenna."],
                 ["Police said six officers had been injured in Brenna since Saturday, two of them "
                  "seriously."],
                 [(0, 0)], [], id="cars-burnt-vs-part-of-injured"),
    pytest.param(["Police said 14 people were arrested and 25 were injured in Brenna."],
                 ["Police said 14 people were arrested and 31 were injured in Brenna."],
                 [(0, 0)], [["25", "31"]], id="injured-after-coordinator-true"),
    # --- a rate against one event's count (d17) ---------------------------------------
    pytest.param(["The Orvel line carries about 3,000 passengers a day, the operator said."],
                 ["The Orvel ferry was carrying 240 passengers, the operator said."],
                 [(0, 0)], [], id="rate-vs-count"),
    pytest.param(["The Orvel line carries about 3,000 passengers a day, the operator said."],
                 ["The Orvel line carries about 4,500 passengers a day, the operator said."],
                 [(0, 0)], [["3,000", "4,500"]], id="two-daily-rates-true"),
    # --- a sum of several owners (t04) --------------------------------------------------
    pytest.param(["The Homeland Party won 68 seats in the Tarsa parliament."],
                 ["The Homeland Party and the Farmers' Union won 77 seats between them in the "
                  "Tarsa parliament."],
                 [(0, 0)], [], id="combined-seats"),
    pytest.param(["The Homeland Party won 68 seats in the Tarsa parliament."],
                 ["The Homeland Party won 66 seats in the Tarsa parliament."],
                 [(0, 0)], [["66", "68"]], id="one-party-seats-true"),
    # --- a list of one measure's values, unaligned (t04) ----------------------------------
    pytest.param(["The Civic Union won 17 seats, the Farmers' League 9 seats and the Greens 7 "
                  "seats in the Marsh parliament, the electoral board said."],
                 ["With 62 seats in the Marsh parliament, the Civic Union is short of a "
                  "majority, the electoral board said."],
                 [], [], id="listed-seats-unaligned"),
    # --- a figure of an earlier dated event (t06, d20) ------------------------------------
    pytest.param(["It was the deadliest raid on Kolvar soil since 2017, when nine border guards "
                  "died in the Tesh valley."],
                 ["Three Kolvar border guards died in the raid in the Tesh valley, the "
                  "ministry said."],
                 [], [], id="when-clause-of-an-earlier-year"),
    pytest.param(["Dorvan has flooded before: in 2018, a smaller flood on the Kesh river killed "
                  "four people in Dorvan."],
                 ["At least 19 people were killed when the Kesh river flooded Dorvan on Sunday."],
                 [], [], id="fronted-earlier-year-unaligned"),
    # --- an increment, a possessed count (t08, t06) --------------------------------------
    pytest.param(["Nine people died as the Tolva river flooded Marsk on Tuesday."],
                 ["Nine people died as the Tolva river flooded Marsk, and on Tuesday divers "
                  "recovered three more bodies."],
                 [(0, 0)], [], id="increment-vs-total"),
    pytest.param(["Divers recovered three more bodies in Marsk on Tuesday."],
                 ["Divers recovered five more bodies in Marsk on Tuesday."],
                 [(0, 0)], [["five", "three"]], id="two-increments-true"),
    pytest.param(["At least four Orvanian border guards were killed in the clash at Tesh."],
                 ["The Kolvar ministry said that two of its soldiers were killed in the clash "
                  "at Tesh."],
                 [(0, 0)], [], id="possessed-vs-named-side"),
    pytest.param(["At least four Orvanian border guards were killed in the clash at Tesh."],
                 ["At least two Orvanian border guards were killed in the clash at Tesh."],
                 [(0, 0)], [], id="compatible-lower-bounds"),
    pytest.param(["Four Orvanian border guards were killed in the clash at Tesh."],
                 ["Two Orvanian border guards were killed in the clash at Tesh."],
                 [(0, 0)], [["Four", "Two"]], id="one-side-two-tolls-true"),
    # --- a thing counted against people, one crowd from two sources (probes, d03/t03) ---
    pytest.param(["The fire destroyed 60 homes in Vilaroca on Tuesday."],
                 ["The fire forced 300 people from their homes in Vilaroca on Tuesday."],
                 [(0, 0)], [], id="homes-vs-people-from-homes"),
    pytest.param(["The fire destroyed 60 homes in Vilaroca on Tuesday."],
                 ["The fire destroyed 85 houses in Vilaroca on Tuesday."],
                 [(0, 0)], [["60", "85"]], id="homes-vs-houses-true"),
    pytest.param(["About 5,000 people marched in Tarsa, police said."],
                 ["Organisers said 20,000 people marched in Tarsa."],
                 [(0, 0)], [], id="crowd-police-vs-organisers"),
    pytest.param(["About 5,000 people marched in Tarsa, according to police."],
                 ["About 20,000 people marched in Tarsa, according to the organisers."],
                 [(0, 0)], [], id="crowd-according-to-two-sources"),
    pytest.param(["About 5,000 people marched in Tarsa, police said."],
                 ["About 9,000 people marched in Tarsa, police said."],
                 [(0, 0)], [["5,000", "9,000"]], id="crowd-one-source-true"),
    pytest.param(["About 5,000 people marched in Tarsa, police said."],
                 ["About 20,000 people marched in Tarsa on Saturday."],
                 [(0, 0)], [["20,000", "5,000"]], id="crowd-one-source-named-true"),
    # --- an expectation, two named instruments (probes of d18's traps) -----------------
    pytest.param(["Analysts had expected the Tarsa central bank to raise its rate by 25 basis "
                  "points."],
                 ["The Tarsa central bank raised its rate by 50 basis points."],
                 [(0, 0)], [], id="expected-vs-decided"),
    pytest.param(["The Tarsa central bank raised its rate by 25 basis points."],
                 ["The Tarsa central bank raised its rate by 50 basis points."],
                 [(0, 0)], [["25", "50"]], id="two-decisions-true"),
    pytest.param(["The two-year yield rose to 3.1 percent in Tarsa."],
                 ["The ten-year yield rose to 3.8 percent in Tarsa."],
                 [(0, 0)], [], id="two-year-vs-ten-year-yield"),
    pytest.param(["The two-year yield rose to 3.1 percent in Tarsa."],
                 ["The two-year yield rose to 3.4 percent in Tarsa."],
                 [(0, 0)], [["3.1 percent", "3.4 percent"]], id="one-yield-true"),
    pytest.param(["The union signed a two-year contract with the Tarsa port."],
                 ["The union signed a three-year contract with the Tarsa port."],
                 [(0, 0)], [["three-year", "two-year"]], id="contract-length-true"),
    # --- a total since a moment or over a span, an earlier event's toll (probes, t07) ---
    pytest.param(["Police said 31 people have been arrested in Tarsa since Sunday."],
                 ["Police said 23 people were arrested in Tarsa."],
                 [(0, 0)], [], id="total-since-sunday-vs-one-count"),
    pytest.param(["Police said 31 people had been arrested in Tarsa over three nights."],
                 ["Police said 23 people were arrested in Tarsa on Monday night."],
                 [(0, 0)], [], id="total-over-three-nights-vs-one-night"),
    pytest.param(["Police have arrested 4,200 people in Tarsa since June."],
                 ["Police have arrested 5,100 people in Tarsa since June."],
                 [(0, 0)], [["4,200", "5,100"]], id="two-totals-since-june-true"),
    pytest.param(["The blast at the Orsk plant killed five workers, the worst since a 2019 fire "
                  "that killed 12."],
                 ["The blast at the Orsk plant killed seven workers on Monday."],
                 # the earlier fire's 12 is no toll of this blast; the sentence's year also
                 # dates "five", so no conflict is reported (none is better than 12 / seven)
                 [(0, 0)], [], id="earlier-fire-that-killed"),
    # --- a wider scope than one place (probe) ------------------------------------------
    pytest.param(["The storm cut power to 40,000 homes in Orsk."],
                 ["The storm cut power to 120,000 homes across the region."],
                 [(0, 0)], [], id="across-the-region-vs-one-town"),
    pytest.param(["The storm cut power to 40,000 homes in Orsk."],
                 ["The storm cut power to 55,000 homes in Orsk."],
                 [(0, 0)], [["40,000", "55,000"]], id="one-town-true"),
    # --- an age of nobody named, beside the named person's own (d07) --------------------
    pytest.param(["The dead were a couple, aged 84 and 80, and a 31-year-old nurse, Ilse "
                  "Varga, the Tolvar police said."],
                 ["The victims include nurse Ilse Varga, 33, and a couple who died in their "
                  "car, the Tolvar police said."],
                 [(0, 0)], [["31-year-old", "33"]], id="age-of-the-named-person-only"),
    # --- one counted noun in one frame of words, unaligned (d01, d14) ---------------------
    pytest.param(["The Marenna was licensed to carry 140 passengers, a harbour official said."],
                 ["Its owner told reporters that the vessel was licensed to carry 175 "
                  "passengers and had passed every inspection."],
                 [], [["140", "175"]], id="frame-licensed-to-carry-true"),
    pytest.param(["The recount in Drava saw 2,140 ballots set aside as invalid."],
                 ["The electoral board said 2,410 ballots were set aside as invalid, most "
                  "of them blank."],
                 [], [["2,140", "2,410"]], id="frame-ballots-set-aside-true"),
    # (session 15, t27) a speech verb's stem in a name both clauses write ("State") is the
    # name's word: "officers of the State Security Directorate" is one frame
    pytest.param(["About a dozen officers from the Tolvar State Security Directorate searched "
                  "the flat, her lawyer said."],
                 ["At least 20 officers of the Tolvar State Security Directorate stormed the "
                  "home of the journalist."],
                 [], [["20", "a dozen"]], id="frame-a-name-holds-a-cue-word"),
    # near miss: the same words, but "state" as a verb (no name): the cue stem is no frame
    pytest.param(["About a dozen officers from the security directorate searched the flat, "
                  "officials state."],
                 ["At least 20 officers of the security directorate stormed the home, "
                  "officials state."],
                 [], [], id="frame-a-cue-verb-is-still-no-frame"),
    pytest.param(["The Marenna was licensed to carry 140 passengers, a harbour official said."],
                 ["The Marenna was carrying 175 passengers when it overturned, a harbour "
                  "official said."],
                 [], [], id="frame-licence-vs-load"),
    pytest.param(["The minister announced plans to recruit 2,000 additional police officers "
                  "over the next five years."],
                 ["She announced that 600 additional riot police would be sent to Tolvar."],
                 [], [], id="frame-speech-verb-is-no-frame"),
    pytest.param(["The Marenna was licensed to carry 140 passengers, a harbour official said."],
                 ["The Marenna was licensed to carry more than 120 passengers, a harbour "
                  "official said."],
                 [], [], id="frame-compatible-bound"),
    pytest.param(["In 2019, the Marenna was licensed to carry 140 passengers."],
                 ["The Marenna is now licensed to carry 175 passengers, a harbour official "
                  "said."],
                 [], [], id="frame-another-year"),
    pytest.param(["The death toll rose to 31 after divers recovered nine bodies from the "
                  "Marenna."],
                 ["Divers recovered nine bodies from the Marenna, and 24 people were confirmed "
                  "dead."],
                 [], [], id="frame-updated-toll"),
    pytest.param(["Police have arrested nearly 4,200 people in Tolvar since June."],
                 ["Nearly 4,200 protesters have been arrested in Tolvar in scores of incidents "
                  "since June."],
                 [], [], id="rough-size-is-no-list-item"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "expected"), CASES)
def test_counted_things(a, b, aligned, expected):
    found = run(a, b, aligned)
    assert values(found) == expected, [f.summary for f in found]


@pytest.mark.parametrize(("text", "period"), [
    ("about 3,000 passengers a day", "day"),
    ("150 flights per week", "week"),
    ("40,000 barrels daily", "day"),
    ("2.1 million visitors a year", "year"),
    ("200 mm of rain in a single day", None),
    ("40 people for a week", None),
    ("300 passengers on board", None),
])
def test_rate(text, period):
    ws = facts.words(text)[1:]
    assert facts._rate(ws) == period


@pytest.mark.parametrize(("sentence", "parts"), [
    ("Police said six officers were injured in Brenna, two of them seriously.", [False, True]),
    ("Of the 41 patients, 12 of whom are in intensive care, most are elderly.", [False, True]),
    ("Six of the officers were injured in Brenna.", [False]),
])
def test_part_of_a_group(sentence, parts):
    doc = support.make_doc("a1", "Outlet A", [sentence], published="2026-11-18")
    assert [m.part for _, ms in facts.doc_mentions(doc) for m in ms] == parts


@pytest.mark.parametrize(("sentence", "person"), [
    ("The dead include a 31-year-old nurse, Ilse Varga, police said.", "Ilse Varga"),
    ("The dead include a 31-year-old nurse, Ilse Varga.", "Ilse Varga"),
    ("A 31-year-old nurse was hurt, Ilse Varga said.", None),
    ("The dead include a 31-year-old nurse, Ilse Varga said.", None),
])
def test_age_of_an_apposed_name(sentence, person):
    doc = support.make_doc("a1", "Outlet A", [sentence], published="2026-11-18")
    ages = [m for _, ms in facts.doc_mentions(doc) for m in ms if m.family == "age"]
    assert [m.person_name for m in ages] == [person]
