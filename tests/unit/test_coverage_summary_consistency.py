"""The coverage summary's "only here" and "leaves out" follow the omission finder's one
definition (fifth session, reader report item 15). Invented stories (fictional Vella):

- a fact only one outlet gives is its addition, never the others' omission, so no outlet
  is told it "leaves out" what a single other outlet gives (was: one of two outlets
  without it was listed, the other not);
- an outlet whose other article gives a fact leaves nothing out;
- a speaker is matched by identity, not surname ("Mara Velko" is not "Ilan Velko");
- a figure that sizes a comparison ("enough to fill an Olympic-size pool (about 2,500
  cubic metres)") is not listed;
- articles the comparison warns are not one story list no "only here" facts; a note says so.

Each sits beside a near miss that must still be listed.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = "A landslide buried the mountain road above Vella on Monday, cutting off three villages."
SHARED = [
    LEDE,
    "Rescue teams from Tarn reached the first village by helicopter on Tuesday morning.",
    "The landslide followed a week of heavy rain across the northern valleys of the province.",
]


def _compare(texts: dict[str, list[str]]):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o.split("#")[0], text="\n\n".join(t))
            for i, (o, t) in enumerate(texts.items())]
    return compare_articles(arts, Options())


@pytest.fixture(autouse=True)
def _all_listed(monkeypatch):
    monkeypatch.setattr(C, "SUMMARY_TOP", 50)


def _row(comp, article):
    return next(o for o in coverage_summary(comp)["outlets"] if o["article"] == article)


def _labels(comp, article, column):
    return [t["label"] for t in _row(comp, article)[column]]


# Each outlet's own lines (support.OWN_LINES: no two articles are copies of one text).
OWN = support.own_lines("Ridge Post", "Valley News", "Tarn Daily", "Coast Courier")
TOLL = "The landslide on the mountain road buried 14 cars and a bus, the road agency said."
RESCUE = ["Volunteers from the villages dug through the night with shovels.",
          "The army lent two diggers and a field kitchen to the rescuers.",
          "A school gym in the lowest village became a shelter for forty families.",
          "Doctors from the city clinic treated two climbers for cold."]


def test_a_figure_one_outlet_gives_is_left_out_by_nobody():
    comp = _compare({
        "Ridge Post": SHARED + [TOLL] + OWN["Ridge Post"],
        "Valley News": SHARED + OWN["Valley News"],
        "Tarn Daily": SHARED + OWN["Tarn Daily"],
    })
    # neither outlet without it is told it leaves it out (was: one of the two)
    for a in ("a2", "a3"):
        assert not any("14 cars" in x for x in _labels(comp, a, "omits_top"))
    assert any("14 cars" in x for x in _labels(comp, "a1", "only_here_top"))


def test_near_miss_a_figure_two_of_three_outlets_give_is_left_out():
    comp = _compare({
        "Ridge Post": SHARED + [TOLL] + OWN["Ridge Post"],
        "Valley News": SHARED + [TOLL.replace("the road agency said", "officials said")]
        + OWN["Valley News"],
        "Tarn Daily": SHARED + OWN["Tarn Daily"],
    })
    assert any("14 cars" in x for x in _labels(comp, "a3", "omits_top"))
    assert not any("14 cars" in x for x in _labels(comp, "a1", "only_here_top"))


def test_an_outlet_whose_other_article_gives_a_fact_does_not_leave_it_out():
    comp = _compare({
        "Ridge Post": SHARED + [TOLL] + OWN["Ridge Post"],
        "Valley News": SHARED + [TOLL.replace("the road agency said", "officials said")]
        + OWN["Valley News"],
        "Tarn Daily": SHARED + [TOLL.replace("the road agency said", "police said")]
        + OWN["Tarn Daily"],
        # a second Ridge Post article, on the rescue, without the figure
        "Ridge Post#2": SHARED + RESCUE,
    })
    assert not any("14 cars" in x for x in _labels(comp, "a4", "omits_top"))
    # near miss: another outlet's article without it leaves it out
    comp = _compare({
        "Ridge Post": SHARED + [TOLL] + OWN["Ridge Post"],
        "Valley News": SHARED + [TOLL.replace("the road agency said", "officials said")]
        + OWN["Valley News"],
        "Tarn Daily": SHARED + [TOLL.replace("the road agency said", "police said")]
        + OWN["Tarn Daily"],
        "Coast Courier": SHARED + RESCUE,
    })
    assert any("14 cars" in x for x in _labels(comp, "a4", "omits_top"))


VELKO_QUOTE = ("\u201cWe will have the road open before the snow comes,\u201d said Mara Velko, "
               "the regional governor.")


def test_a_speaker_is_matched_by_identity_not_surname():
    other = SHARED + ["Ilan Velko, the governor's brother, runs the quarry above the road.",
                      "\u201cThe quarry had nothing to do with it,\u201d Ilan Velko said."]
    comp = _compare({"Ridge Post": SHARED + [VELKO_QUOTE] + OWN["Ridge Post"],
                     "Valley News": other + OWN["Valley News"]})
    assert "quotes from Mara Velko" in _labels(comp, "a1", "only_here_top")
    # near miss: the other outlet quotes her by surname alone ("Velko said"): one person
    other = SHARED + ["\u201cThe road will be open before the snow,\u201d Velko said on Tuesday."]
    comp = _compare({"Ridge Post": SHARED + [VELKO_QUOTE] + OWN["Ridge Post"],
                     "Valley News": other + OWN["Valley News"]})
    assert "quotes from Mara Velko" not in _labels(comp, "a1", "only_here_top")


def test_same_person_reads_plain_names_only():
    assert not C._same_person("donald trump", {"melania trump"})
    assert C._same_person("donald trump", {"trump"})
    assert C._same_person("donald trump", {"d trump"})
    # a headline the name analysis took for a name may be anyone of that surname
    assert C._same_person("donald trump", {"republicans are following trump"})
    assert not C._same_person("donald trump", {"donald duck"})


# the comparison figure (hand sample, a real 3-outlet story: an Olympic pool's volume
# listed as a figure only one outlet gives)
POOL = "The mud that came down would be enough to fill 40 swimming pools, the road agency said."


def test_a_figure_that_sizes_a_comparison_is_not_listed(monkeypatch):
    comp = _compare({"Ridge Post": SHARED + [TOLL, POOL] + OWN["Ridge Post"],
                     "Valley News": SHARED + OWN["Valley News"]})
    labels = _labels(comp, "a1", "only_here_top")
    assert "40 swimming pools" not in labels, labels
    assert "14 cars" in labels, labels  # near miss: the story's own figure
    # without the cue list the pool would be listed: the rule is what drops it
    import re

    from storylens.rules import coverage as RC
    monkeypatch.setattr(RC, "COMPARISON_BEFORE", re.compile(r"(?!x)x"))
    comp = _compare({"Ridge Post": SHARED + [TOLL, POOL] + OWN["Ridge Post"],
                     "Valley News": SHARED + OWN["Valley News"]})
    assert "40 swimming pools" in _labels(comp, "a1", "only_here_top")


def test_comparison_cues_need_the_cue_words():
    from storylens.rules.coverage import COMPARISON_BEFORE

    assert COMPARISON_BEFORE.search("about the size of ")
    assert COMPARISON_BEFORE.search("a heap as big as ")
    assert COMPARISON_BEFORE.search("the equivalent of ")
    # near misses: "enough to" alone, and a cue in an earlier sentence of the text
    assert not COMPARISON_BEFORE.search("enough votes to pass the bill with ")
    assert not COMPARISON_BEFORE.search("the size of the crowd grew. Then ")


UNRELATED = [
    "The Tarn chess championship opened on Saturday in the old town hall.",
    "Grandmaster Oskar Lind won his first game in 31 moves against a local player.",
    "Organisers said 240 players had registered from 12 clubs across the province.",
    "The final rounds will be played next weekend in the harbour library.",
]


def test_unrelated_articles_list_no_only_here_facts_and_say_so():
    comp = _compare({"Ridge Post": SHARED + [TOLL] + OWN["Ridge Post"],
                     "Valley News": UNRELATED})
    cov = coverage_summary(comp)
    assert cov["note"] and "may not be about the same story" in cov["note"]
    for o in cov["outlets"]:
        assert o["off_story"] and o["only_here"] == 0 and not o["only_here_top"]


# One story told in each outlet's own words: no shared sentence, but one strong fact in
# common (a quote's speaker and a figure).
OWN_WORDS = {
    "Ridge Post": [LEDE, "The landslide on the mountain road buried 14 cars and a bus, officials said.",
                   VELKO_QUOTE, "Engineers expect to clear one lane by Friday."],
    "Valley News": ["Three villages above Vella have been cut off since Monday's landslide.",
                    "Fourteen cars and a bus, 14 vehicles in all, lie under the mud, police said.",
                    "Mara Velko promised to reopen the route before winter.",
                    "Shops in the villages are running short of bread and fuel."],
}


def test_near_miss_one_story_told_in_own_words_keeps_its_lists():
    comp = _compare(OWN_WORDS)
    cov = coverage_summary(comp)
    assert not cov["note"]
    assert not any(o["off_story"] for o in cov["outlets"])


def test_two_quotes_of_one_speaker_are_one_line_two_people_two():
    a = SHARED + [
        "\u201cThe road must be cleared this week,\u201d said regional secretary T Orlen.",
        "\u201cWe will block the square if nothing moves by Friday,\u201d Orlen said later.",
        VELKO_QUOTE,
        "\u201cMy sister is right, the quarry is safe,\u201d said Ilan Velko, the quarry owner.",
    ] + OWN["Ridge Post"]
    comp = _compare({"Ridge Post": a, "Valley News": SHARED + OWN["Valley News"]})
    labels = _labels(comp, "a1", "only_here_top")
    # one line for Orlen (with his person fact: "T Orlen (secretary), quoted", s7)
    assert sum("Orlen" in x for x in labels) == 1, labels
    labels = [x for x in labels if x.startswith("quotes from")]
    # near miss: two people of one surname, each with a given name
    assert sum("Velko" in x for x in labels) == 2, labels


# The comparison's top warning follows the same off-story signal (reader report s6 item 3:
# few shared sentences alone warned 22 of 27 same-story dev pairs).

def test_unrelated_articles_get_the_top_warning():
    comp = _compare({"Ridge Post": SHARED + [TOLL] + OWN["Ridge Post"],
                     "Valley News": UNRELATED})
    w = comp.provenance.warning
    assert w and "may not be about the same story" in w and "share no sentence" in w
    assert "likely written independently" not in comp.provenance.explanation


def test_near_miss_one_story_in_own_words_is_no_warning_but_written_independently():
    comp = _compare(OWN_WORDS)
    assert comp.provenance.warning is None
    assert "but a name, quote or figure in common: likely written independently" in comp.provenance.explanation


def test_one_off_story_article_of_three_is_named_alone():
    comp = _compare({"Ridge Post": SHARED + OWN["Ridge Post"],
                     "Valley News": SHARED + OWN["Valley News"],
                     "Tarn Courier": UNRELATED})
    w = comp.provenance.warning
    assert w and "may not be about the same story: a3 (Tarn Courier" in w
    assert "a1" not in w and "a2" not in w


def test_without_the_analysis_the_warning_says_both():
    from dataclasses import replace

    arts = [Article(id="a1", source="t", outlet="Ridge Post", text="\n\n".join(SHARED)),
            Article(id="a2", source="t", outlet="Valley News", text="\n\n".join(UNRELATED))]
    comp = compare_articles(arts, replace(Options(), findings=False))
    w = comp.provenance.warning
    assert w and "may not be about the same story, or tell it in their own words" in w
