"""quote_changed: what an excerpt leaves off at its edge that carries no claim of its own
is no change of meaning (session 16, quotes16). A time adjunct ("Tonight", "in 1962", "in
the coming days", a date's month), an emphatic tail ("…, not one hour less") and a booster
("more than enough", "fully") say when or how strongly, not what; the held-out read of
session 15 found three such trims read as meaning. Kept: a time adjunct that limits a
denial, a pledge or a superlative; a contrasting clause that takes back part of what was
said; an adjunct made restrictive by "only".

Invented text (fictional Dunmere, the Orsk plateau, Minister Hale Ordun, forecaster Telo
Marrik), whole-compare rows as in test_quote_hedges_modifiers.py, each kind beside a near
miss.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes

PRE = (
    "Heavy rain closed the road over the Orsk plateau for a second day on Wednesday. "
    "Buses to Dunmere were cancelled and the ferry stayed in port.\n\n"
)
POST = "\n\nThe regional council said it would publish its flood plan next month."


def _changes(a: str, b: str):
    return support.quote_changes_between(a, b, PRE, POST, ("Orsk Courier", "Dunmere Herald"),
                                         "Rain")


def _meaning(a: str, b: str) -> list[str]:
    """The change kinds of the findings that say what was said changed."""
    return [f.detail["change"] for f in _changes(a, b) if f.detail["meaningful"]]


TRIMS = [
    # (a, b): no change of what was said
    (  # a time adverb opening the longer excerpt
        '"Tonight the workers of Dunmere have saved their own shipyard," Alda Brenn said.',
        'Alda Brenn said "the workers of Dunmere have saved their own shipyard" and thanked '
        "the council.",
    ),
    (  # a year after a clause of time, beyond the superlative's clause
        '"This is the wettest autumn on the Orsk plateau since measurements began in 1962," '
        "forecaster Telo Marrik said.",
        '"This is the wettest autumn on the Orsk plateau since measurements began," '
        "forecaster Telo Marrik said.",
    ),
    (  # a time adjunct left off a possibility (cannot rule out: no denial)
        '"We cannot rule out further landslides on the plateau in the coming days," '
        "forecaster Telo Marrik said.",
        '"We cannot rule out further landslides on the plateau," forecaster Telo Marrik said.',
    ),
    (  # an emphatic tail after a comma: the bound said again
        '"We will keep the pass closed until the slope is safe, not one hour less," '
        "Minister Hale Ordun said.",
        '"We will keep the pass closed until the slope is safe," Minister Hale Ordun said.',
    ),
    (  # a booster before a word that is no quantity
        '"We have more than enough beds in Dunmere for every patient," Alda Brenn said.',
        '"We have enough beds in Dunmere for every patient," Alda Brenn said.',
    ),
    (  # a maximizer added
        '"The contractor met its obligations on the plateau road," Minister Hale Ordun said.',
        '"The contractor fully met its obligations on the plateau road," '
        "Minister Hale Ordun said.",
    ),
    (  # near miss of the contrast rows below: a contrast about another thing
        '"The old bridge will reopen to buses on Friday, but the new bridge will not carry '
        'lorries," Minister Hale Ordun said.',
        '"The old bridge will reopen to buses on Friday," Minister Hale Ordun said.',
    ),
    (  # near miss: a contrast of the same polarity is more of the remark
        '"The old bridge will reopen to buses on Friday, but we expect long queues," '
        "Minister Hale Ordun said.",
        '"The old bridge will reopen to buses on Friday," Minister Hale Ordun said.',
    ),
    (  # near miss of the purpose infinitive below: in a positive clause, more of the remark
        '"We sent our crews to the plateau to clear the road," Minister Hale Ordun said.',
        '"We sent our crews to the plateau," Minister Hale Ordun said.',
    ),
    (  # review16c: a purpose infinitive cut from a pledge is more of the remark too
        '"We will send our crews to the plateau to clear the road," Minister Hale Ordun said.',
        '"We will send our crews to the plateau," Minister Hale Ordun said.',
    ),
    (  # ... and from a clause with a count or a universal subject
        '"Every family on the plateau received money from the council to rebuild its farm," '
        "Alda Brenn said.",
        '"Every family on the plateau received money from the council," Alda Brenn said.',
    ),
    (  # a place the outlet gives in its own words just before the quote, in one paragraph
        '"We have not yet been able to reach at least four farms on the upper plateau," '
        "Minister Hale Ordun said.",
        "Minister Hale Ordun said rescuers were struggling to reach the plateau. "
        '"We have not yet been able to reach at least four farms," he said.',
    ),
    (  # near miss of the fronted condition below: the shorter excerpt opens mid-sentence
        '"If the rain stops, the plateau road will reopen on Friday," Minister Hale Ordun said.',
        'Minister Hale Ordun said "the plateau road will reopen on Friday" after the storm.',
    ),
    (  # near miss: a sentence of its own before the shared words is a longer excerpt
        '"The rain has eased. The plateau road will reopen on Friday," Minister Hale Ordun said.',
        '"The plateau road will reopen on Friday," Minister Hale Ordun said.',
    ),
    (  # near miss: a partial quote woven into the outlet's sentence picks its words
        '"There is no sign of damage to the tower, but we are closing it as a precaution," '
        "Minister Hale Ordun said.",
        'Minister Hale Ordun said there was "no sign of damage to the tower" on Wednesday.',
    ),
]


@pytest.mark.parametrize("a,b", TRIMS)
def test_what_carries_no_claim_of_its_own_is_no_change_of_meaning(a, b):
    assert _meaning(a, b) == []
    assert _meaning(b, a) == []


KEPT = [
    # (a, b, kind): still a change of what was said
    (  # the time limits a denial: a denial for now made a denial for good
        '"There is no risk to the villages below the dam at this time," '
        "Minister Hale Ordun said.",
        '"There is no risk to the villages below the dam," Minister Hale Ordun said.',
        "qualifier",
    ),
    (  # the time of a pledge is what it commits to
        '"We will reopen the ferry route to Dunmere in April," Minister Hale Ordun said.',
        '"We will reopen the ferry route to Dunmere," Minister Hale Ordun said.',
        "place",  # said as a date (test_quote_date_label.py)
    ),
    (  # the time limits a superlative
        '"This is the strongest gale we have seen on the plateau in a decade," '
        "forecaster Telo Marrik said.",
        '"This is the strongest gale we have seen on the plateau," forecaster Telo Marrik said.',
        "qualifier",
    ),
    (  # a contrasting clause of the speaker's own, dropped: one side of the statement kept
        '"The harbour will not be privatised, but we are open to selling the old ferry '
        'terminal," Minister Hale Ordun said.',
        '"The harbour will not be privatised," Minister Hale Ordun said.',
        "qualifier",
    ),
    (  # a contrast about the first clause's matter, its own subject
        '"The harbour talks can go on, but the port fees are not up for discussion," '
        "Minister Hale Ordun said.",
        '"The harbour talks can go on," Minister Hale Ordun said.',
        "qualifier",
    ),
    (  # a purpose infinitive cut from a prohibition widens it
        '"No lorry may use the plateau road to carry timber," '
        "Minister Hale Ordun said.",
        '"No lorry may use the plateau road," Minister Hale Ordun said.',
        "qualifier",
    ),
    (  # near miss of the paragraph row above: the place is not given before the quote
        '"We have not yet been able to reach at least four farms on the upper plateau," '
        "Minister Hale Ordun said.",
        "Minister Hale Ordun said rescuers were struggling in the rain. "
        '"We have not yet been able to reach at least four farms," he said.',
        "qualifier",
    ),
    (  # near miss: the place named further back than the two sentences before the quote
        '"We have not yet been able to reach at least four farms on the upper plateau," '
        "Minister Hale Ordun said.",
        "Minister Hale Ordun flew over the plateau on Monday. Crews worked all night. "
        "The rain did not stop. "
        '"We have not yet been able to reach at least four farms," he said.',
        "qualifier",
    ),
    (  # a condition opening the longer excerpt, before one that opens as a sentence
        '"If the rain stops, the plateau road will reopen on Friday," Minister Hale Ordun said.',
        '"The plateau road will reopen on Friday," Minister Hale Ordun said.',
        "qualifier",
    ),
    (  # an adjunct made restrictive by "only": a condition dropped
        '"We opened the sluice gates only after the river had crested," Alda Brenn said.',
        '"We opened the sluice gates," Alda Brenn said.',
        "qualifier",
    ),
    (  # near miss of the booster: "more than" before a number changes the figure
        '"We treated more than 40 patients in Dunmere overnight," Alda Brenn said.',
        '"We treated 40 patients in Dunmere overnight," Alda Brenn said.',
        "qualifier",
    ),
]


@pytest.mark.parametrize("a,b,kind", KEPT)
def test_a_trim_that_changes_the_claim_stays_a_change(a, b, kind):
    assert _meaning(a, b) == [kind]


def test_a_contrast_and_a_restriction_say_what_they_are():
    (f,) = _changes(KEPT[3][0], KEPT[3][1])  # the contrast
    assert f.detail["explanation"].startswith(
        "meaning: a contrasting clause dropped ('but we are open to selling the old ferry "
        "terminal')"), f.detail["explanation"]
    (f,) = _changes(KEPT[9][0], KEPT[9][1])  # the restriction by "only"
    assert f.detail["explanation"].startswith(
        "meaning: a condition dropped ('only after the river had crested')")
    (f,) = _changes(KEPT[8][0], KEPT[8][1])  # the fronted condition
    assert f.detail["explanation"].startswith("meaning: a condition dropped ('If the rain stops')")


def test_a_month_dropped_from_a_past_date_is_less_detail_not_another_time():
    found = _changes(
        '"The dam was inspected in October 2025 and was found sound," Minister Hale Ordun said.',
        '"The dam was inspected in 2025 and was found sound," Minister Hale Ordun said.')
    assert [(f.detail["change"], f.detail["meaningful"]) for f in found] == [("time", False)]
    assert found[0].detail["explanation"].startswith("wording: a time phrase dropped ('October')")


@pytest.mark.parametrize("a,b,change", [
    # inside a quote, a time adjunct of what happened: detail
    ("The crews reached Dunmere on Tuesday night and cleared the road,",
     "The crews reached Dunmere and cleared the road,", "time"),
    # a count of time is a measure, not a time adjunct
    ("The crews worked for six days and cleared the road,",
     "The crews worked and cleared the road,", "number"),
    # a deadline ("by") bounds a pledge: not a time position
    ("The crews must clear the road by Friday and then leave,",
     "The crews must clear the road and then leave,", "place"),
    # a bare year names which event: a number
    ("The 2019 flood reached the square and the church,",
     "The flood reached the square and the church,", "number"),
])
def test_time_adjunct_inside_a_quote(a, b, change):
    assert compare_quotes(a, b)["change"] == change


@pytest.mark.parametrize("a,b,change", [
    # review16c: right after a negation an intensifier grades it ("not fully" = partly)
    ("The crews have not fully cleared the plateau road after the storm,",
     "The crews have not cleared the plateau road after the storm,", "qualifier"),
    ("We do not entirely trust the survey of the Orsk dam,",
     "We do not trust the survey of the Orsk dam,", "qualifier"),
    ("It is not simply a question of money for the Dunmere ferry,",
     "It is not a question of money for the Dunmere ferry,", "qualifier"),
    # near misses: outside a negation's scope, and a negative-polarity "ever", emphasis
    ("The crews have fully cleared the plateau road after the storm,",
     "The crews have cleared the plateau road after the storm,", "emphasis"),
    ("We will never, ever close the Dunmere ferry route,",
     "We will never close the Dunmere ferry route,", "emphasis"),
])
def test_an_intensifier_in_a_negations_scope_grades_it(a, b, change):
    assert compare_quotes(a, b)["change"] == change
    assert compare_quotes(b, a)["change"] == change


@pytest.mark.parametrize("a,b,kept", [
    # review16c: a time phrase that limits a state to the present is a hedge, as "at the
    # moment" is, not a time trim
    ('"The water in Dunmere is safe to drink at this time," Alda Brenn said.',
     '"The water in Dunmere is safe to drink," Alda Brenn said.', True),
    ('"The water in Dunmere is safe to drink at present," Alda Brenn said.',
     '"The water in Dunmere is safe to drink," Alda Brenn said.', True),
    ('"The water in Dunmere is currently safe to drink," Alda Brenn said.',
     '"The water in Dunmere is safe to drink," Alda Brenn said.', True),
    # near miss: the time of a past event is detail
    ('"The water in Dunmere was tested at noon on Tuesday," Alda Brenn said.',
     '"The water in Dunmere was tested," Alda Brenn said.', False),
])
def test_a_limit_to_the_present_is_a_hedge_not_a_time_trim(a, b, kept):
    assert bool(_meaning(a, b)) is kept
    assert bool(_meaning(b, a)) is kept


@pytest.mark.parametrize("a,b,kept", [
    # review16c: a time adverb ending a denial or a pledge limits it, as "at this time" does
    ('"We will not reopen the ferry route to Dunmere tonight," Minister Hale Ordun said.',
     '"We will not reopen the ferry route to Dunmere," Minister Hale Ordun said.', True),
    ('"Nobody reached the farms on the upper plateau yesterday," Alda Brenn said.',
     '"Nobody reached the farms on the upper plateau," Alda Brenn said.', True),
    # ... and one opening it, before a shorter excerpt that opens as a sentence
    ('"Tonight we will not reopen the ferry route to Dunmere," Minister Hale Ordun said.',
     '"We will not reopen the ferry route to Dunmere," Minister Hale Ordun said.', True),
    ('"Yesterday the crews reached the farms on the upper plateau," Alda Brenn said.',
     '"The crews reached the farms on the upper plateau," Alda Brenn said.', False),
    # near misses: in a clause that restricts nothing, a longer excerpt; the shorter
    # outlet gives the adverb outside its quote marks; a partial quote
    ('"The crews reached the farms on the upper plateau yesterday," Alda Brenn said.',
     '"The crews reached the farms on the upper plateau," Alda Brenn said.', False),
    ('"We will not reopen the ferry route to Dunmere tonight," Minister Hale Ordun said.',
     'Minister Hale Ordun said "we will not reopen the ferry route to Dunmere" tonight.', False),
    ('"We will not reopen the ferry route to Dunmere tonight," Minister Hale Ordun said.',
     'Minister Hale Ordun said the ministry would "not reopen the ferry route to Dunmere" '
     "after the storm.", False),
])
def test_a_time_adverb_that_limits_a_denial_stays_a_change(a, b, kept):
    assert bool(_meaning(a, b)) is kept
    assert bool(_meaning(b, a)) is kept


FARMS = '"We have not yet been able to reach at least four farms{}," Minister Hale Ordun said.'


@pytest.mark.parametrize("before,dropped,kept", [
    # review16c: the place named before the quote must be the one the modifier names
    ("The storm hit the north coast hardest.", " on the south coast", True),
    ("Rescuers were struggling to reach the Lund valley.", " in the Orsk valley", True),
    # near misses: the same place, with or without words of its own before the head
    ("Rescuers were struggling to reach the valley.", " in the upper valley", False),
    ("Rescuers were struggling to reach the upper valley.", " in the upper valley", False),
    ("Rescuers were struggling to reach the upper valley.", " in the valley", False),
])
def test_a_place_named_before_the_quote_must_be_the_same_place(before, dropped, kept):
    a = FARMS.format(dropped)
    b = before + " " + FARMS.format("")
    assert bool(_meaning(a, b)) is kept
    assert bool(_meaning(b, a)) is kept
