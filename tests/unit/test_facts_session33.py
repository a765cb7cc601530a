"""Session 33: four general causes of fact conflicts read wrong on invented dev.

- A span's measure takes in what its act was done at, on or with: "had worked at the
  bakery for more than 20 years" / "had worked together on the early shift for six years"
  time two things (``facts._span_words``, ``facts._other_event``; session 32's held-out
  t204). The same span told with the same complement, one with a word added, or with a
  pro-form standing for it ("had worked there", rules/numbers.SPAN_PRO_FORMS) still
  conflicts, and so do the spans of two aligned sentences (one act paraphrased: "tried to
  contact the crew for 18 minutes" / "tried for nearly 30 minutes to raise the crew").
- A figure after "by" of a verb of change or comparison, in its clause or past a comma
  aside, is a margin ("beat the previous record, set in 1998, by 2.9 degrees"), never the
  level it is compared with ("broke the previous record of 31.4 degrees";
  rules/numbers.MARGIN_VERBS, ``facts._margin``, a mention field: coverage still reads it as
  a figure the others may leave out; d208). Two margins still meet.
- A head that names a count ("the death toll") is no name for a distance's or a time's
  fact: such a line names the dimension ("gives the distance as 15 km";
  rules/numbers.COUNT_PHRASE_HEADS, rules/units.DIMENSION_LABELS; d200).
- A count's noun restricted by a past participle ("the 14 girls born at the hospital within 48
  hours of her birth") counts the group its complement defines: two such counts whose
  complements trade a word ("two baby girls born on the same night") are two groups
  (``facts._restriction``, rules/numbers.IRREGULAR_PARTICIPLES; d137). Words only added on
  one side, or a casualty's participle ("killed in the blast"), still meet.
- A lower count of a running tally and a higher one published later, where a third
  article no older than the lower says the tally rose to the higher ("The number of skiers
  injured ... rose to nine"), are the count before and after the rise (``facts._risen_here``,
  ``facts._tally_subject``; d191, d201). A third article's rise to another figure, or two
  articles of one day, still conflict.

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

# Both articles open on one named event (the story tie); the second sentence of each
# carries the figure, unaligned.
LEAD_A = "A gas blast wrecked the Tarvo bakery in Meslin on Monday morning."
LEAD_B = "The explosion at the Tarvo bakery in Meslin killed two bakers."


def _tied(a: str, b: str) -> list[set[str]]:
    """The values of each conflict between two story-tied articles whose figures stand in
    unaligned sentences."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.options import Options

    docs = [support.make_doc("a1", "Vestry Wire", [LEAD_A, a], published="2026-11-18"),
            support.make_doc("a2", "Kalder Post", [LEAD_B, b], published="2026-11-18")]
    found = find_fact_conflicts(FindingContext.build(docs, [], options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


@pytest.mark.parametrize(("a", "b", "want"), [
    # two complements: two spans
    ("The two bakers killed were named as Ivo Restan, 41, and Pero Kalt, 55, who had worked "
     "at the bakery for more than 20 years.",
     "Ivo Restan, 41, and Pero Kalt, 55, had worked together on the early shift for six years.",
     set()),
    ("Ivo Restan had worked for 20 years at the bakery.",
     "Ivo Restan had worked for six years on the night shift.", set()),
    ("Vera Holm had lived in the mill cottage for 30 years.",
     "Vera Holm had lived above the chapel for 12 years.", set()),
    # near misses: one complement, one with a word added, a pro-form: one span
    ("Ivo Restan had worked at the bakery for 20 years.",
     "Ivo Restan had worked at the bakery for six years.", {"20 years", "six years"}),
    ("Ivo Restan had worked at the bakery for 20 years.",
     "Ivo Restan had worked at the Tarvo bakery for six years.", {"20 years", "six years"}),
    ("Ivo Restan had worked at the bakery for 20 years.",
     "Ivo Restan had worked there for six years.", {"20 years", "six years"}),
    ("Vera Holm had lived in the village for 30 years.",
     "Vera Holm had lived there for 25 years.", {"30 years", "25 years"}),
    ("Ivo Restan had worked at the bakery for 20 years.",
     "Ivo Restan had worked for six years at the bakery.", {"20 years", "six years"}),
])
def test_a_spans_complement_is_part_of_its_measure(a: str, b: str, want: set[str]) -> None:
    assert _tied(a, b) == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # aligned sentences: one paraphrased act, whatever its complements
    ("Air traffic controllers in Eskholm tried to contact the crew for 18 minutes as the "
     "aircraft failed to descend.",
     "Air traffic controllers tried for nearly 30 minutes to raise the crew as the jet sailed "
     "past.", {"18 minutes", "30 minutes"}),
    ("Court orders Orlesk governor held for two months in bribery case.",
     "On Wednesday a court ordered him held for three months.", {"two months", "three months"}),
])
def test_aligned_spans_keep_their_conflict(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == [want]


@pytest.mark.parametrize(("a", "b", "want"), [
    # a margin against the level it is compared with
    ("The weather service said the reading broke the previous record of 31.4 degrees.",
     "The weather service said the reading beat the previous record, set in 1998, by 2.9 "
     "degrees.", set()),
    ("The weather service said the reading broke the previous record of 31.4 degrees.",
     "The weather service said the reading beat the previous record by 2.9 degrees.", set()),
    ("Councillor Anja Brel held the Osk ward with 1,912 votes.",
     "Councillor Anja Brel won the Osk ward by 412 votes.", set()),
    # near misses: two levels, two margins
    ("The weather service said the reading broke the previous record of 31.4 degrees.",
     "The weather service said the reading broke the previous record of 30.2 degrees.",
     {"31.4", "30.2"}),
    ("The weather service said the reading beat the previous record by 2.9 degrees.",
     "The weather service said the reading beat the previous record by 1.9 degrees.",
     {"2.9", "1.9"}),
])
def test_a_margin_is_no_level(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Forest guard Daudi Morvan, 34, was killed about 15 km from the park's eastern gate.",
     "Forest guard Daudi Morvan, 34, was killed about 50 km from the park's eastern gate.",
     "gives the distance as 15 km"),
    ("Two of the three deaths occurred within 48 hours of a booster dose, the regulator said.",
     "According to the regulator, two of the deaths came within 24 hours of a booster dose.",
     "gives the time as 48 hours"),
    ('"The hives were full of dead bees within two days of the spraying," said Ivo Krast.',
     '"The hives were full of dead bees within three days of the spraying," said Ivo Krast.',
     "gives the time as two days"),
    # near miss: a count keeps its head's name
    ("Police said 12 people were killed in the blast.",
     "Police said nine people were killed in the blast.", "gives the death toll as 12"),
])
def test_a_count_head_names_no_distance_or_time(a: str, b: str, want: str) -> None:
    found = support.fact_pair_findings(a, b)
    assert len(found) == 1 and want in found[0].summary
    assert "death toll" not in found[0].summary or "death toll" in want


@pytest.mark.parametrize(("a", "b", "want"), [
    # two participles' complements traded: two groups
    ("Meslin police said 30 cars stolen from the Tarvo depot were found on Sunday.",
     "Meslin police said 25 cars stolen by the Tarvo gang were found on Sunday.", set()),
    ("Meslin health officials traced 14 girls born at the Tarvo clinic that week.",
     "Meslin health officials traced two girls born on the same night.", set()),
    ("Meslin health officials traced the 14 girls born at the Tarvo clinic within 48 hours of "
     "the birth.", "Meslin health officials said two baby girls born on the same night had "
     "been swapped.", set()),
    # near misses: words only added on one side; a casualty's participle (the story's event)
    ("Meslin health officials traced 14 girls born at the Tarvo clinic that week.",
     "Meslin health officials traced two girls born at the Tarvo clinic.", {"14", "two"}),
    ("Meslin police said 30 cars stolen from the Tarvo depot were found on Sunday.",
     "Meslin police said 25 cars stolen from the depot were found on Sunday.", {"30", "25"}),
    # a finite past verb after the noun is no restriction
    ("A magnitude 5.8 earthquake struck the Orrel valley early on Saturday.",
     "When the magnitude 5.5 earthquake tore through the Orrel valley on Saturday, it "
     "flattened the old town.", {"5.8", "5.5"}),
])
def test_a_participle_restricts_a_counted_group(a: str, b: str, want: set[str]) -> None:
    assert _tied(a, b) == ([want] if want else [])


def _three(*arts: tuple[str, str, str]) -> list[set[str]]:
    """The values of each conflict between articles (outlet, date, sentence), unaligned."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.options import Options

    docs = [support.make_doc(f"a{i}", o, [t], published=d) for i, (o, d, t) in enumerate(arts)]
    found = find_fact_conflicts(FindingContext.build(docs, [], options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


_WIRE = ("Tarn Wire", "2026-03-07", "Two gondolas fell from a cable car at the Morsk resort on "
         "Saturday, injuring seven skiers, police said.")
_LEDGER = ("Kelm Ledger", "2026-03-08", "Nine skiers were injured on Saturday when two gondolas "
           "fell from a cable car at the Morsk resort, police said.")
_RISE = ("Orva Courier", "2026-03-08", "The number of skiers injured when two gondolas fell at "
         "the Morsk resort on Saturday rose to nine, hospital officials said on Sunday.")


@pytest.mark.parametrize(("arts", "want"), [
    # a third article tells the rise to the later article's figure: an update
    ((_WIRE, _LEDGER, _RISE), []),
    # near misses: no rise told, a rise to another figure, two articles of one day
    ((_WIRE, _LEDGER), [{"seven", "nine"}]),
    ((_WIRE, _LEDGER, (_RISE[0], _RISE[1], _RISE[2].replace("nine", "eight"))),
     [{"seven", "nine"}]),
    ((_WIRE, (_LEDGER[0], _WIRE[1], _LEDGER[2]), _RISE), [{"seven", "nine"}]),
])
def test_a_rise_told_by_a_third_article_is_an_update(
        arts: Sequence[tuple[str, str, str]], want: list[set[str]]) -> None:
    assert _three(*arts) == want
