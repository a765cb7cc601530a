"""``fact_conflict`` on invented articles (fictional event, places and outlets)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment, Document
from storylens.options import Options

ON = Options(story_facts=True)  # the story-wide rules (on by default since s7-facts)


def make_doc(art: str, outlet: str, *sentences: str, published: str | None = "2026-11-18") -> Document:
    return support.make_doc(art, outlet, sentences, published=published)


def conflicts(a: str, b: str, aligned: bool = True, extra_a: tuple[str, ...] = (),
              extra_b: tuple[str, ...] = ()):
    da = make_doc("a1", "Outlet A", a, *extra_a)
    db = make_doc("a2", "Outlet B", b, *extra_b)
    als = [Alignment("edited", ("a1:s0", "a2:s0"), 0.7)] if aligned else []
    return find_fact_conflicts(FindingContext.build([da, db], als, options=ON))


# (sentence in A, sentence in B, aligned?, expected values in the finding or None)
CASES = [
    pytest.param("The Vell bridge opened in 1998 after years of delay.",
                 "The Vell bridge opened in 1989 after years of delay.",
                 True, {"1998", "1989"}, id="year"),
    pytest.param("The collapse left 14 dead, officials said.",
                 "The collapse left 41 dead, officials said.",
                 True, {"14", "41"}, id="count-dead"),
    pytest.param("Fourteen people were killed when the Vell bridge fell.",
                 "Nineteen people died when the Vell bridge fell into the river.",
                 False, {"Fourteen", "Nineteen"}, id="unaligned-shared-name-and-head"),
    pytest.param("At least 14 people were killed when the Vell bridge fell.",
                 "At least 19 people died when the Vell bridge fell into the river.",
                 False, None, id="unaligned-two-floors-both-true"),
    pytest.param("The new road through Dessen is 12 km long.",
                 "The new road through Dessen is 9 miles long.",
                 True, {"12 km", "9 miles"}, id="units-after-si"),
    pytest.param("The Orm dam cost $340 million to build.",
                 "The Orm dam cost $334 million to build.",
                 True, {"$340 million", "$334 million"}, id="money"),
    pytest.param("The inquiry into the Vell bridge opened on Sept. 27, 2026.",
                 "The inquiry into the Vell bridge opened on 29 September 2026.",
                 True, {"Sept. 27, 2026", "29 September 2026"}, id="full-date"),
    pytest.param("Floodwaters in one district reached as high as four metres after the storm.",
                 "Water levels reached up to 3 meters in several places.",
                 False, {"four metres", "3 meters"}, id="unaligned-measure-same-head"),
    # near misses
    pytest.param("The old harbour tower is 40 metres high.",
                 "Waves reached 4 metres at the old harbour.",
                 False, None, id="unaligned-measure-other-head"),
    pytest.param("The new road through Dessen is 12 km long.",
                 "The new road through Dessen is 7.5 miles long.",
                 True, None, id="same-length-after-conversion"),
    pytest.param("Floodwater in Dessen reached four metres (13 feet) in places.",
                 "Floodwater in Dessen reached 4 meters (13 feet) in places.",
                 True, None, id="same-value-two-spellings"),
    pytest.param("The blast killed 14 people and injured 41 in Dessen.",
                 "The blast killed 14 people in Dessen, and 40 were treated in hospital.",
                 True, None, id="different-things-aligned"),
    pytest.param("The collapse left 14 dead in Dessen.",
                 "The collapse left 41 injured in Dessen.",
                 True, None, id="dead-vs-injured"),
    pytest.param("The Vell bridge opened in 1998.",
                 "The Vell bridge was repaired in 2019.",
                 True, None, id="different-events"),
    pytest.param("Rescuers in Dessen worked for 12 hours.",
                 "Rescuers in Dessen pulled 12 people from the water.",
                 True, None, id="different-kinds"),
    pytest.param("The Vell bridge carried 14 buses a day.",
                 "A storm hit Orvik, where 19 fishing boats sank.",
                 False, None, id="unaligned-unrelated"),
    pytest.param("The death toll rose from 14 to 19 in Dessen.",
                 "The death toll in Dessen stood at 14.",
                 True, None, id="value-also-present"),
    # two weekdays are two moments of one story's week (invented; the shape of a real
    # miss: a rally's size against the camp left the next day)
    pytest.param("Thousands of protesters marched to the Vell embassy on Tuesday, chanting.",
                 "Dozens of protesters camped outside the Vell embassy on Wednesday, chanting.",
                 False, None, id="unaligned-two-weekdays"),
    pytest.param("Thousands of protesters marched to the Vell embassy on Tuesday, chanting.",
                 "Hundreds of protesters marched to the Vell embassy on Tuesday, chanting.",
                 False, {"Thousands", "Hundreds"}, id="unaligned-vague-order-of-magnitude"),
    pytest.param("Scores of protesters camped outside the Vell embassy overnight.",
                 "Dozens of protesters camped outside the Vell embassy overnight.",
                 True, None, id="vague-same-rough-size"),
    pytest.param("Crews in Dessen said the pumps would run from Monday.",
                 "Crews in Dessen said the pumps would run from Tuesday.",
                 True, None, id="relative-dates-skipped"),
    # update times: one count reported at two moments is no conflict (the gold guide's
    # "28 vs 17 missing at different update times" trap), unless both are updates or
    # both are stated for one date
    pytest.param("The death toll in Dessen rose to 19, officials said.",
                 "The death toll in Dessen stood at 14, officials said.",
                 True, None, id="update-rose-to"),
    pytest.param("In Dessen, 28 people are still missing after the landslide.",
                 "In Dessen, 17 people were missing after the landslide.",
                 True, None, id="update-still"),
    pytest.param("Police in Vell have arrested 12 people so far over the riot.",
                 "Police in Vell arrested nine people over the riot.",
                 True, None, id="update-so-far"),
    pytest.param("Officials in Orvik later said 28 people were missing.",
                 "Officials in Orvik said 17 people were missing.",
                 True, None, id="update-later"),
    pytest.param("The death toll in Dessen rose to 19, officials said.",
                 "The death toll in Dessen rose to 21, officials said.",
                 True, {"19", "21"}, id="both-updates-differ"),
    pytest.param("As of Friday, 28 people were missing in Orvik.",
                 "On Friday, 17 people were missing in Orvik.",
                 True, {"28", "17"}, id="as-of-the-same-day"),
    pytest.param("As of Friday, 28 people were missing in Orvik.",
                 "On Thursday, 17 people were missing in Orvik.",
                 True, None, id="as-of-another-day"),
    pytest.param("Nowhere in Dessen did the water reach 4 metres.",
                 "Nowhere in Dessen did the water reach 3 metres.",
                 True, {"4 metres", "3 metres"}, id="update-word-inside-a-word"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "expected"), CASES)
def test_fact_conflicts(a, b, aligned, expected):
    found = conflicts(a, b, aligned)
    if expected is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    f = found[0]
    assert f.type == "fact_conflict"
    assert {v["text"] for v in f.detail["values"]} == expected
    assert set(f.sentences) == {"a1:s0", "a2:s0"}
    assert f.summary.startswith("Outlet A") or f.summary.startswith("Outlet B")


def test_summary_reads_like_an_editor_note():
    (f,) = conflicts("The Vell bridge opened in 1998 after years of delay.",
                     "The Vell bridge opened in 1989 after years of delay.")
    assert f.summary == "Outlet A dates the opening of the Vell bridge to 1998; Outlet B to 1989."


def test_converted_values_show_si():
    (f,) = conflicts("A 90-metre section of the Vell bridge fell.",
                     "A 400-foot section of the Vell bridge fell.")
    assert "≈122 m" in f.summary and "section" in f.summary


def test_confidence_is_the_rules_calibrated_value():
    from storylens.findings.confidence import rule_confidence

    (al,) = conflicts("The collapse in Dessen left 14 dead.", "The collapse in Dessen left 19 dead.")
    (un,) = conflicts("Fourteen people were killed when the Vell bridge fell.",
                      "Nineteen people died when the Vell bridge fell into the river.", aligned=False)
    assert al.detail["rule"].startswith("fact.aligned.")
    assert un.detail["rule"].startswith("fact.unaligned.")
    for f in (al, un):
        assert f.confidence == rule_confidence(f.detail["rule"])


def test_one_finding_per_fact_across_many_outlets():
    texts = ["The Vell bridge opened in 1998.", "The Vell bridge opened in 1998.",
             "The Vell bridge opened in 1989."]
    docs = [make_doc(f"a{i + 1}", f"Outlet {chr(65 + i)}", t) for i, t in enumerate(texts)]
    als = [Alignment("verbatim", ("a1:s0", "a2:s0", "a3:s0"), 0.9)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=ON))
    assert len(found) == 1
    assert found[0].summary == ("Outlet A and Outlet B date the opening of the Vell bridge to 1998; "
                                 "Outlet C to 1989.")
    assert found[0].detail["values"][0]["articles"] == ["a1", "a2"]


def test_event_subject_left_out_when_clause_has_none():
    (f,) = conflicts("The 2.4-kilometre viaduct, which opened in 1974, was busy.",
                     "The 2.4-kilometre viaduct, which opened in 1971, was busy.")
    assert f.summary == "Outlet A dates the opening to 1974; Outlet B to 1971."


def test_demo_corpus_end_to_end(fact_conflicts_on):
    """The demo's planted conflicts: opened 1974 vs 1971, 90 m vs 400 ft, 14 vs 19 dead."""
    from storylens import compare
    from storylens.demo import demo_paths

    # on by default since session 20's held-out read (off in sessions 15-19);
    # Options(fact_conflicts=False) (--no-fact-conflicts) turns them off
    assert [f for f in compare(demo_paths(), Options(fact_conflicts=False)).findings
            if f.type == "fact_conflict"] == []
    on_all = Options()
    found = [f for f in compare(demo_paths(), on_all).findings if f.type == "fact_conflict"]
    values = [{v["text"] for v in f.detail["values"]} for f in found]
    assert {"1974", "1971"} in values
    assert {"90-metre", "400-foot"} in values
    # the toll is told in sentences the aligner does not pair: a story-wide rule, on by
    # default since s7-facts
    assert {"14", "19"} in values
    off = Options(fact_conflicts=True, story_facts=False)
    found = [f for f in compare(demo_paths(), off).findings if f.type == "fact_conflict"]
    values = [{v["text"] for v in f.detail["values"]} for f in found]
    assert {"14", "19"} not in values


def test_story_wide_rules_are_on_by_default():
    """Conflicts between unaligned sentences are reported with default options since
    s7-facts (docs/findings.md); ``Options(story_facts=False)`` (``--no-story-facts``)
    keeps the conflicts inside aligned sentences only."""
    a = "Fourteen people were killed when the Vell bridge fell."
    b = "Nineteen people died when the Vell bridge fell into the river."
    da, db = make_doc("a1", "Outlet A", a), make_doc("a2", "Outlet B", b)
    off = Options(story_facts=False)
    assert len(find_fact_conflicts(FindingContext.build([da, db], []))) == 1
    assert find_fact_conflicts(FindingContext.build([da, db], [], options=off)) == []
    al = [Alignment("edited", ("a1:s0", "a2:s0"), 0.7)]
    assert len(find_fact_conflicts(FindingContext.build([da, db], al, options=off))) == 1


@pytest.mark.parametrize(("a", "pub_a", "b", "pub_b", "expected"), [
    # "yesterday" in a Thursday article is Wednesday: a count of another day than Thursday's
    pytest.param("Yesterday, 17 people were missing in Orvik.", "2026-11-19",
                 "On Thursday, 28 people were missing in Orvik.", "2026-11-19", None,
                 id="yesterday-vs-another-weekday"),
    pytest.param("Yesterday, 17 people were missing in Orvik.", "2026-11-19",
                 "Today, 28 people were missing in Orvik.", "2026-11-19", None,
                 id="yesterday-vs-today"),
    # near misses: the same day named two ways, so one count and two values
    pytest.param("Yesterday, 17 people were missing in Orvik.", "2026-11-19",
                 "On Wednesday, 28 people were missing in Orvik.", "2026-11-19", {"17", "28"},
                 id="yesterday-is-that-weekday"),
    pytest.param("Today, 17 people were missing in Orvik.", "2026-11-18",
                 "Yesterday, 28 people were missing in Orvik.", "2026-11-19", {"17", "28"},
                 id="one-day-from-two-publication-days"),
])
def test_days_relative_to_publication(a, pub_a, b, pub_b, expected):
    da = make_doc("a1", "Outlet A", a, published=pub_a)
    db = make_doc("a2", "Outlet B", b, published=pub_b)
    als = [Alignment("edited", ("a1:s0", "a2:s0"), 0.7)]
    found = find_fact_conflicts(FindingContext.build([da, db], als, options=ON))
    if expected is None:
        assert found == [], [f.summary for f in found]
    else:
        (f,) = found
        assert {v["text"] for v in f.detail["values"]} == expected
