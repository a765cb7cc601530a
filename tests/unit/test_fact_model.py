"""The fact model behind ``fact_conflict``: measure, referent and time (issue 11).

Each false case seen on real coverage is rebuilt here as an invented near miss (fictional
places, outlets and events), beside the true conflict it resembles.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.confidence import rule_confidence
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment, Article, Document, Sentence
from storylens.options import Options

ON = Options(story_facts=True)  # the story-wide rules (on by default since s7-facts)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, whether or not the optional spaCy pipeline is installed (its
    parse is measured in benchmarks, not pinned here)."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def make_doc(art: str, outlet: str, *sentences: str, published: str | None = "2026-11-18") -> Document:
    return support.make_doc(art, outlet, sentences, published=published)


def run(a: list[str], b: list[str], aligned: list[tuple[int, int]] = ((0, 0),)):
    da, db = make_doc("a1", "Outlet A", *a), make_doc("a2", "Outlet B", *b)
    als = [Alignment("edited", (f"a1:s{i}", f"a2:s{j}"), 0.7) for i, j in aligned]
    return find_fact_conflicts(FindingContext.build([da, db], als, options=ON))


def values(found) -> list[set[str]]:
    return [{v["text"] for v in f.detail["values"]} for f in found]


# (article A, article B, aligned sentence pairs, expected value sets)
CASES = [
    # --- different quantities counted -------------------------------------------------
    pytest.param(["Shoppers at the Dessen fair bought 500 fur capes on Saturday."],
                 ["Shoppers at the Dessen fair bought 300 wooden toys on Saturday."],
                 [(0, 0)], [], id="capes-vs-toys"),
    pytest.param(["Shoppers at the Dessen fair bought 500 fur capes on Saturday."],
                 ["Shoppers at the Dessen fair bought 350 fur capes on Saturday."],
                 [(0, 0)], [{"500", "350"}], id="capes-vs-capes-true"),
    pytest.param(["Ruritania keeps about 2,500 troops in Vell, the ministry said."],
                 ["Ruritania keeps 900 troops in Orskland, the ministry said."],
                 [(0, 0)], [], id="troops-two-countries"),
    pytest.param(["Ruritania keeps 2,500 troops in Vell, the ministry said."],
                 ["Ruritania keeps 1,900 soldiers in Vell, the ministry said."],
                 [(0, 0)], [{"2,500", "1,900"}], id="troops-one-country-true"),
    # --- a year read as a count or a rate ----------------------------------------------
    pytest.param(["Dessen's council voted to keep its 2019 rates, officials said."],
                 ["Dessen's council voted to keep its rates at 12, officials said."],
                 [(0, 0)], [], id="year-read-as-rate"),
    # --- "1-in-3" is one ratio ---------------------------------------------------------
    pytest.param(["A new survey says 1-in-3 adults in Vell cannot swim."],
                 ["A new survey says one in three adults in Vell cannot swim."],
                 [(0, 0)], [], id="one-in-three-same"),
    pytest.param(["A new survey says 1-in-3 adults in Vell cannot swim."],
                 ["A new survey says one in four adults in Vell cannot swim."],
                 [(0, 0)], [{"1-in-3", "one in four"}], id="one-in-three-vs-four-true"),
    # --- a figure for another year ------------------------------------------------------
    pytest.param(["In 2008, the Orm valley had 400 homeless shelters."],
                 ["The Orm valley had 450 homeless shelters in 2012."],
                 [(0, 0)], [], id="2008-vs-2012"),
    pytest.param(["In 2012, the Orm valley had 400 homeless shelters."],
                 ["The Orm valley had 450 homeless shelters in 2012."],
                 [(0, 0)], [{"400", "450"}], id="2012-vs-2012-true"),
    # --- injured is not killed ----------------------------------------------------------
    # (exact tolls: "at least 25" / "at least 28" are two floors that can both be true,
    # the gold guide's trap, test_fact_two_bounds.py)
    pytest.param(["The bombing at the Dessen market killed 25 people."],
                 ["The bombing at the Dessen market, killing 28 people and leaving "
                  "another 51 injured, shocked the town."],
                 [(0, 0)], [{"25", "28"}], id="killed-vs-injured-in-one-clause"),
    pytest.param(["The bombing at the Dessen market killed at least 25 people."],
                 ["The bombing at the Dessen market, killing at least 28 people and leaving "
                  "another 51 injured, shocked the town."],
                 [(0, 0)], [], id="killed-vs-injured-two-floors"),
    pytest.param(["Floods in Dessen left nine dead and 4,000 evacuated on Monday."],
                 ["Nine were killed and thousands more evacuated in Dessen on Monday."],
                 [(0, 0)], [], id="head-after-the-number-wins-a-tie"),
    pytest.param(["Gunmen at the Dessen market killed 25 people on Tuesday."],
                 ["Gunmen at the Dessen market killed several guards and left 51 injured."],
                 [(0, 0)], [], id="nearest-casualty-head-wins"),
    # --- a figure from an earlier event -------------------------------------------------
    pytest.param(["The bombing at the Dessen market killed 25 people on Tuesday."],
                 ["The bombing at the Dessen market was the deadliest since an attack on "
                  "the Dessen ferry killed four people."],
                 [(0, 0)], [], id="earlier-attack"),
    pytest.param(["The bombing at the Dessen market killed 25 people on Tuesday."],
                 ["The bombing at the Dessen market killed 31 people on Tuesday."],
                 [(0, 0)], [{"25", "31"}], id="same-attack-true"),
    # --- a bound the other value meets is no conflict ----------------------------------
    pytest.param(["The Orm film grossed $340 million worldwide."],
                 ["The Orm film grossed over $334 million worldwide."],
                 [(0, 0)], [], id="lower-bound-met"),
    pytest.param(["The Orm film grossed $330 million worldwide."],
                 ["The Orm film grossed over $334 million worldwide."],
                 [(0, 0)], [{"$330 million", "$334 million"}], id="lower-bound-broken"),
    # --- one event dated to two years, sentences not aligned ---------------------------
    pytest.param(["The army of Velland lost the Orsk valley in the war in 2020, it admitted.",
                  "The talks resume in Dessen next week."],
                 ["Roads in Velland are still broken.",
                  "Since the 2021 war, Velland has rebuilt few bridges."],
                 [(1, 0)], [{"2020", "2021"}], id="war-2020-vs-2021-unaligned"),
    pytest.param(["President Anton Vell said the army lost the valley in the war in 2020."],
                 ["Since the 2021 war, President Anton Vell has rebuilt few bridges."],
                 [], [], id="war-years-only-a-person-shared"),
    pytest.param(["The army of Velland lost the Orsk valley in the war of 2020."],
                 ["After the 2021 border war, Velland rebuilt few bridges."],
                 [], [{"2020", "2021"}], id="war-of-2020-vs-2021-border-war"),
    pytest.param(["The army of Velland lost the Orsk valley in 2020."],
                 ["After the 2021 border war, Velland rebuilt few bridges."],
                 [], [], id="year-without-event-noun"),
    pytest.param(["The army of Velland lost the Orsk valley in the war in 2020, it admitted.",
                  "The talks resume in Dessen next week."],
                 ["Roads in Orskland are still broken.",
                  "Since the 2021 war, Orskland has rebuilt few bridges."],
                 [(1, 0)], [], id="war-years-two-countries"),
    pytest.param(["The army of Velland lost the Orsk valley in the war in 2020.",
                  "The army of Velland also fought a border war in 2016."],
                 ["Since the 2021 war, Velland has rebuilt few bridges."],
                 [], [], id="war-dated-twice-in-one-article"),
    # --- a day and month without a year, sentences not aligned -------------------------
    pytest.param(["The Vellan parliament moved fast, passing the border bill on Dec. 11 that "
                  "offers Orskland refugees a fast track to Vellan citizenship."],
                 ["Protests have shaken Vell since Dec 12, when the parliament passed the "
                  "border bill easing Vellan citizenship for Orskland refugees."],
                 [], [{"Dec. 11", "Dec 12"}], id="passage-dec-11-vs-dec-12-unaligned"),
    pytest.param(["The Vellan parliament moved fast, passing the border bill on Dec. 11 that "
                  "offers Orskland refugees a fast track to Vellan citizenship."],
                 ["Protests have shaken Vell since December 11, when the parliament passed "
                  "the border bill easing Vellan citizenship for Orskland refugees."],
                 [], [], id="passage-same-day-two-spellings"),
    pytest.param(["The Vellan parliament moved fast, passing the border bill on Dec. 11 that "
                  "offers Orskland refugees a fast track to Vellan citizenship."],
                 ["Protests have shaken Vell since Dec 11, when the parliament passed the "
                  "border bill for Orskland refugees who arrived before 2014."],
                 [], [], id="passage-a-year-elsewhere-is-not-the-date"),
    pytest.param(["The Vellan parliament moved fast, passing the border bill on Dec. 11 that "
                  "offers Orskland refugees a fast track to Vellan citizenship."],
                 ["The Vellan president signed the border bill for Orskland refugees on "
                  "Dec 12, granting them a fast track to Vellan citizenship."],
                 [], [], id="passed-vs-signed-two-events"),
    # --- a figure of the event that caused the reported one ----------------------------
    pytest.param(["Vellan drones struck militia bases in Orskland on Sunday, killing at least "
                  "28 fighters and leaving another 51 injured."],
                 ["The Vellan drone strike on militia bases in Orskland was in retaliation for "
                  "a rocket attack that killed a contractor and wounded four Vellan soldiers."],
                 [], [], id="retaliation-for-an-earlier-attack"),
    pytest.param(["Vellan drones struck militia bases in Orskland on Sunday, killing at least "
                  "28 fighters and leaving another 51 injured."],
                 ["The Vellan drone strike on militia bases in Orskland on Sunday killed 28 "
                  "fighters and left 35 injured."],
                 [], [{"51", "35"}], id="same-strike-injured-true"),
    pytest.param(["Vellan drones struck militia bases in Orskland on Sunday in retaliation, "
                  "killing at least 28 fighters and leaving another 51 injured."],
                 ["The Vellan drone strike on militia bases in Orskland on Sunday killed 28 "
                  "fighters and left 35 injured."],
                 [], [{"51", "35"}], id="retaliation-in-another-clause-true"),
    # --- a dateline stamps the copy ----------------------------------------------------
    pytest.param(["PORT VELLA, Nov. 18 (CPA) \u2014 The sinking of the Dessen ferry in the "
                  "Issel killed 14 people on Tuesday, officials said."],
                 ["PORT VELLA, Nov. 19 (CPA) \u2014 The sinking of the Dessen ferry in the "
                  "Issel killed 19 people on Tuesday, officials said."],
                 [(0, 0)], [{"14", "19"}], id="dateline-is-not-the-tolls-time"),
    pytest.param(["The Dessen ferry sank in the Issel on Nov. 18, officials said."],
                 ["The Dessen ferry sank in the Issel on Nov. 19, officials said."],
                 [(0, 0)], [{"Nov. 18", "Nov. 19"}], id="sinking-days-differ-true"),
    # --- a date in a clause that dates another moment -----------------------------------
    pytest.param(["Thousands of protesters stormed the Vellan embassy compound in Dessen on "
                  "Tuesday, chanting slogans."],
                 ["Scores of protesters camped outside the Vellan embassy compound in Dessen "
                  "overnight after they stormed it on Tuesday."],
                 [], [], id="camped-after-the-storming-on-tuesday"),
    pytest.param(["Thousands of protesters stormed the Vellan embassy compound in Dessen on "
                  "Tuesday, chanting slogans."],
                 ["Hundreds of protesters stormed the Vellan embassy compound in Dessen on "
                  "Tuesday, burning flags."],
                 [], [{"Thousands", "Hundreds"}], id="one-storming-two-sizes-true"),
    pytest.param(["Hundreds of protesters stormed the Vellan embassy compound in Dessen on "
                  "Tuesday, burning flags."],
                 ["Dozens of protesters camped outside the Vellan embassy compound in Dessen on "
                  "Wednesday, one day after thousands stormed it."],
                 [], [], id="figure-inside-the-after-clause"),
    pytest.param(["Angered by raids that killed 20 fighters on Sunday, hundreds of protesters "
                  "stormed the Vellan embassy compound in Dessen on Tuesday."],
                 ["Thousands of protesters stormed the Vellan embassy compound in Dessen on "
                  "Tuesday, burning flags."],
                 [], [{"hundreds", "Thousands"}], id="two-weekdays-the-figures-clause-true"),
    pytest.param(["Angered by raids that killed 20 fighters on Sunday, hundreds of protesters "
                  "stormed the Vellan embassy compound in Dessen on Wednesday."],
                 ["Thousands of protesters stormed the Vellan embassy compound in Dessen on "
                  "Tuesday, burning flags."],
                 [], [], id="two-weekdays-another-day"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "expected"), CASES)
def test_fact_model(a, b, aligned, expected):
    found = run(a, b, aligned)
    assert sorted(map(sorted, values(found))) == sorted(map(sorted, expected)), \
        [f.summary for f in found]


def test_evidence_rule_and_confidence_per_rule():
    (al,) = run(["The collapse in Dessen left 14 dead."], ["The collapse in Dessen left 19 dead."])
    (ev,) = run(["The army of Velland lost the Orsk valley in the war in 2020."],
                ["Since the 2021 war, Velland has rebuilt few bridges."], [])
    assert al.detail["rule"] == "fact.aligned.measure" and ev.detail["rule"] == "fact.event-year"
    assert al.detail["score"] == 0.7  # the aligner's similarity of the two sentences
    assert ev.detail["score"] == 2  # content stems the two sentences share: velland, war
    assert al.confidence == rule_confidence("fact.aligned.measure")
    assert ev.confidence == rule_confidence("fact.event-year")
    assert ev.summary == "Outlet A dates the war to 2020; Outlet B to 2021."
    assert {(s.sentence, s.start, s.end) for s in ev.spans} == {
        ("a1:s0", 55, 59), ("a2:s0", 10, 14)}


# --- linear time: runs of numbers -----------------------------------------------------


def _one_sentence_doc(art: str, text: str) -> Document:
    return Document(Article(art, "t", f"Outlet {art}", text, published="2026-11-18"),
                    (Sentence(f"{art}:s0", art, 0, 0, len(text), text),))


def test_one_megabyte_run_of_numbers_in_one_sentence(monkeypatch):
    """A 1 MB sentence of "5% 6% ...", dates and counts in two aligned articles: no pair
    of numbers is compared (the run states no single fact), so the work is the
    extraction's, linear in the text."""
    calls = {"n": 0}
    real = facts._equal

    def counting(*args, **kw):
        calls["n"] += 1
        return real(*args, **kw)

    monkeypatch.setattr(facts, "_equal", counting)
    parts, size, i = [], 0, 0
    while size < 1_000_000:
        p = ("{}% ", "March {}, 2020 and ", "{} dead, ")[i % 3].format(i % 27 + 1)
        parts.append(p)
        size += len(p)
        i += 1
    text = "".join(parts) + "end."
    da, db = _one_sentence_doc("a1", text), _one_sentence_doc("a2", text.replace("5", "6"))
    found = find_fact_conflicts(FindingContext.build(
        [da, db], [Alignment("edited", ("a1:s0", "a2:s0"), 0.7)]))
    assert found == []
    assert calls["n"] == 0


def test_many_sentences_with_one_head_are_paired_through_a_capped_index(monkeypatch):
    """4,000 unaligned "N dead" sentences per article: comparisons stay bounded by the
    per-article bucket cap, not by the square of the sentence count."""
    calls = {"n": 0}
    real = facts._same_facts

    def counting(ma, mb, *args):
        calls["n"] += len(ma) * len(mb)
        return real(ma, mb, *args)

    monkeypatch.setattr(facts, "_same_facts", counting)
    n = 4000
    da = make_doc("a1", "Outlet A", *[f"In Dessen {i % 50 + 10} were dead." for i in range(n)])
    db = make_doc("a2", "Outlet B", *[f"In Orsk {i % 50 + 11} were dead." for i in range(n)])
    find_fact_conflicts(FindingContext.build([da, db], [], options=ON))
    cap = facts.MAX_BUCKET_PER_ARTICLE
    assert calls["n"] <= cap * cap * facts.MAX_MENTIONS_PER_SENTENCE ** 2


def test_parse_measures_when_the_optional_pipeline_is_installed(monkeypatch):
    """With spaCy and a model installed, the dependency tree says what a count counts."""
    monkeypatch.undo()  # this test wants the real optional pipeline
    from storylens.analysis.names import _spacy

    nlp = _spacy()
    if nlp is None:
        pytest.skip("optional spaCy pipeline not installed (the parse extra)")
    doc = nlp("Shoppers bought 500 fur capes, and the blast left another 51 injured.")
    by_text = {t.text: t for t in doc}
    assert facts._tree_measure(by_text["500"]) == (facts.stem("capes"), None)
    assert facts._tree_measure(by_text["51"])[1] == "injured"


def test_a_figure_of_unknown_time_does_not_join_two_moments():
    """"Hundreds" (no day) agrees with "dozens" on Wednesday and conflicts with
    "thousands" on Tuesday; Tuesday's and Wednesday's crowds are never one fact, so no
    finding lists both."""
    docs = [make_doc("a1", "Outlet A", "Thousands of protesters rallied at the Vellan embassy "
                     "compound in Dessen on Tuesday, burning flags."),
            make_doc("a2", "Outlet B", "Hundreds of protesters rallied at the Vellan embassy "
                     "compound in Dessen, burning flags."),
            make_doc("a3", "Outlet C", "Dozens of protesters rallied at the Vellan embassy "
                     "compound in Dessen on Wednesday, burning flags.")]
    found = find_fact_conflicts(FindingContext.build(docs, [], options=ON))
    assert found, "the Tuesday crowd against the undated one is still a conflict"
    for f in found:
        assert not {"Thousands", "Dozens"} <= {v["text"] for v in f.detail["values"]}, f.summary
