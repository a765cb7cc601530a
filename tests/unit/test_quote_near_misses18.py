"""quote_changed near misses of session 18, on invented text.

1. A measure of duration before a noun ("two weeks of steady rain") cut from a clause that
   does not restrict its claim says how long, not what: no change of meaning. In a denial
   or a pledge, or a changed count, it is one.
2. Emphasis is no change of meaning: a free relative's "what" and "all that" /
   "everything that" (both the maximal thing), "every single" / "every", "a single" /
   "a" in a denial, "at all" / "whatsoever". A dropped "not" or "only", "most of what"
   stay changes.
3. One relative pronoun for another after a noun ("the pumps that failed" / "which
   failed") is no change; after a verb of saying or knowing "that" / "which" is another
   statement.
4. Contractions ("We'll" / "We will", "won't" / "will not", curly or straight
   apostrophes) are no change.
5. Recall: a unit of time after "a" with a bound before it ("at least a week" / "at least
   a month") is another measure; "when" / "whether" changes what is taken for granted; a
   quote cut inside and of a restrictive modifier at its end is still one quote.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import find_all
from storylens.findings.quote_diff import compare_quotes
from storylens.options import Options
from storylens.rules.quote_changes import MEANINGFUL

QUOTES_ON = Options(quote_changes=True)


def _meaning(a: str, b: str) -> bool:
    # a one-word swap is shown as a change of meaning only with the embed-static word table
    # (findings.quotes.swap_changes_meaning): without it, as the default install, wording
    kind = support.quote_change_kind(a, b)
    return kind in MEANINGFUL and kind != "swap"


DURATIONS = [
    (  # a measure of duration before the rain both keep: how long, not what
        "The dam failed after two weeks of steady rain; nobody warned us,",
        "The dam failed after steady rain; nobody warned us,",
        False,
    ),
    (  # a bare plural measure
        "The river rose after weeks of heavy rain in the hills,",
        "The river rose after heavy rain in the hills,",
        False,
    ),
    (  # near miss: in a denial the measure limits what is denied
        "We had no warning after three days of heavy rain,",
        "We had no warning after heavy rain,",
        True,
    ),
    (  # near miss: in a pledge the measure is what is promised
        "We will reopen the road after two weeks of repairs,",
        "We will reopen the road after repairs,",
        True,
    ),
    (  # near miss: another count
        "The dam failed after three days of heavy rain; nobody warned us,",
        "The dam failed after four days of heavy rain; nobody warned us,",
        True,
    ),
    (  # near miss: a duration of the verb, no noun measured
        "The river rose for three days and the levee gave way,",
        "The river rose and the levee gave way,",
        True,
    ),
]


@pytest.mark.parametrize("a,b,meaning", DURATIONS)
def test_a_measure_of_duration_is_detail_unless_its_clause_restricts(a, b, meaning):
    assert _meaning(a, b) is meaning


EMPHASIS = [
    (  # a free relative's "what" and "all that": the maximal thing both
        "We are safe, and that is what counts,",
        "We are safe, and that is all that counts,",
        False,
    ),
    (
        "We will publish what we found in the archive,",
        "We will publish everything that we found in the archive,",
        False,
    ),
    (  # an intensifier
        "We are safe, and that is what counts,",
        "We are safe, and that is what really counts,",
        False,
    ),
    (  # "single" after a universal determiner
        "We will fight for every job in this town,",
        "We will fight for every single job in this town,",
        False,
    ),
    (  # "a single" in a denial
        "We did not lose a life on the mountain tonight,",
        "We did not lose a single life on the mountain tonight,",
        False,
    ),
    (  # negative-polarity "at all" at the end
        "We have found no trace of the toxin at all,",
        "We have found no trace of the toxin,",
        False,
    ),
    (  # and "whatsoever" inside
        "There is no evidence whatsoever of a leak at the plant,",
        "There is no evidence of a leak at the plant,",
        False,
    ),
    (  # near miss: a negation added
        "We are safe, and that is what counts,",
        "We are safe, and that is not what counts,",
        True,
    ),
    (  # near miss: less than all of it
        "We will publish what we found in the archive,",
        "We will publish most of what we found in the archive,",
        True,
    ),
    (  # near miss: "only" added
        "We will publish what we found in the archive,",
        "We will publish only what we found in the archive,",
        True,
    ),
    (  # near miss: "every" against "a single": another quantity
        "We will fight for every job in this town,",
        "We will fight for a single job in this town,",
        True,
    ),
    (  # near miss: "only" dropped
        "Only the east wing was damaged by the fire,",
        "The east wing was damaged by the fire,",
        True,
    ),
]


@pytest.mark.parametrize("a,b,meaning", EMPHASIS)
def test_emphasis_is_no_change_of_meaning(a, b, meaning):
    assert _meaning(a, b) is meaning


RELATIVES = [
    (
        "The pumps that failed were inspected last month,",
        "The pumps which failed were inspected last month,",
        None,
    ),
    (
        "The officers who opened fire have been suspended,",
        "The officers that opened fire have been suspended,",
        None,
    ),
    (
        "A surge on the western cable caused a fault that our engineers could not isolate,",
        "A surge on the western cable caused a fault which our engineers could not isolate,",
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", RELATIVES)
def test_a_relative_pronoun_for_another_is_no_change(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


@pytest.mark.parametrize("a,b", [
    # after a verb of knowing "that" opens what is known, "which" a question
    ("We know that reports from the mine were false,",
     "We know which reports from the mine were false,"),
    ("She told us that the pumps failed before dawn,",
     "She told us which pumps failed before dawn,"),
])
def test_that_and_which_after_a_verb_stay_a_change(a, b):
    assert _meaning(a, b)


CONTRACTIONS = [
    ("We'll rebuild the school before winter,", "We will rebuild the school before winter,"),
    ("We won't rebuild the school before winter,", "We will not rebuild the school before winter,"),
    ("They'll rebuild the school before winter,", "They will rebuild the school before winter,"),
    ("She's confident the school can reopen,", "She is confident the school can reopen,"),
    ("We’ve done everything we could for them,", "We have done everything we could for them,"),
    ("We’ll rebuild the school before winter,", "We'll rebuild the school before winter,"),
    ("They’re not going to close the mine,", "They are not going to close the mine,"),
    ("I'd rather close the mine than lose a life,", "I would rather close the mine than lose a life,"),
    ("There's no danger to anyone in the valley,", "There is no danger to anyone in the valley,"),
    ("We can't promise the bridge will hold,", "We cannot promise the bridge will hold,"),
    ("We couldn't reach the village in time,", "We could not reach the village in time,"),
    ("The board hasn't decided anything yet,", "The board has not decided anything yet,"),
    ("Let's be clear about what happened here,", "Let us be clear about what happened here,"),
]


@pytest.mark.parametrize("a,b", CONTRACTIONS)
def test_a_contraction_is_no_change(a, b):
    assert support.quote_change_kind(a, b) is None


@pytest.mark.parametrize("a,b,kind", [
    # near misses: another auxiliary, a negation dropped
    ("We'll rebuild the school before winter,", "We'd rebuild the school before winter,", "word"),
    ("We won't rebuild the school before winter,", "We will rebuild the school before winter,",
     "negation"),
])
def test_a_contraction_of_another_word_stays_a_change(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


RECALL = [
    (  # a unit after "a" with a bound: another measure
        "When the storm passes, it will not be safe for at least a week,",
        "When the storm passes, it will not be safe for at least a month,",
        True,
    ),
    (
        "The bridge will be closed within a week,",
        "The bridge will be closed within a month,",
        True,
    ),
    (  # near miss: a turn of phrase, no bound ("wait a minute")
        "Just wait a second and you will see it,",
        "Just wait a minute and you will see it,",
        False,
    ),
    (  # "when" takes it that the report comes out; "whether" asks
        "We will decide when the report is published,",
        "We will decide whether the report is published,",
        True,
    ),
    (  # near miss: "when" / "if" is one word where wires translate from ("wenn")
        "I will resign if the vote fails,",
        "I will resign when the vote fails,",
        False,
    ),
    (  # near miss: "whether" / "if" ask the same question
        "We will decide whether the report is published,",
        "We will decide if the report is published,",
        False,
    ),
    (  # near miss: another question about the same event (wording)
        "We do not know when the crew will arrive,",
        "We do not know where the crew will arrive,",
        False,
    ),
    (  # a denial cut inside and of a modifier at its end: narrower
        "The ministry has never bought or used these drones against protesters,",
        "The ministry has never bought these drones,",
        True,
    ),
]


@pytest.mark.parametrize("a,b,meaning", RECALL)
def test_recall_of_session_18(a, b, meaning):
    assert _meaning(a, b) is meaning


def test_the_cut_with_an_elision_marked_is_no_change():
    assert support.quote_change_kind(
        "The ministry has never bought or used these drones against protesters,",
        "The ministry has never bought … these drones,") is None


def test_an_emphasis_trap_is_no_finding_shown():
    docs = support.quote_docs(
        '"We lost a ferry tonight, but we did not lose a single passenger, and that is what '
        'matters," harbour master Ilsa Brenner told reporters.',
        '"We lost a ferry tonight, but we did not lose a single passenger, and that is all that '
        'matters," harbour master Ilsa Brenner said. "The pumps that failed were inspected last '
        'month," she said.',
        '"The pumps which failed were inspected last month," harbour master Ilsa Brenner said.',
    )
    shown = [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"]
    assert shown == []


def test_a_presupposition_change_is_a_finding_with_its_label():
    docs = support.quote_docs(
        '"It is too early to say when flights from Tarn Field can resume," airport director '
        'Pavel Oskarsen said.',
        '"It is too early to say whether flights from Tarn Field can resume," airport director '
        'Pavel Oskarsen said.',
    )
    found = [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"]
    assert len(found) == 1
    assert found[0].detail["meaningful"] is True
    assert "presupposition" in found[0].summary


EDGES = [
    (  # a clause of the reverse polarity and its "but" left off the front
        "We are not finished yet, but the end of the rationing is in sight,",
        "The end of the rationing is in sight,",
        True,
    ),
    (  # a speaker's own denial before the claim it limits
        "I cannot promise a date, but the Velna bridge will reopen this spring,",
        "The Velna bridge will reopen this spring,",
        True,
    ),
    (  # a denial of another's readiness before a claim
        "The road to Orsk is not safe yet, but the bridge is open to traffic,",
        "The bridge is open to traffic,",
        True,
    ),
    (  # near miss (review18c): a claim conceded before a denial; the denial is whole alone
        "The door to a deal is open, but the pension age is not up for negotiation,",
        "The pension age is not up for negotiation,",
        False,
    ),
    (  # near miss (review18c): another matter conceded before a denial
        "It was a long night for the crews, but nobody in the Tarvik harbour district was hurt,",
        "Nobody in the Tarvik harbour district was hurt,",
        False,
    ),
    (  # near miss (review18c): the same, a denial with "no"
        "The storm hit the coast hard, but no homes were lost in Orvell,",
        "No homes were lost in Orvell,",
        False,
    ),
    (  # near miss: a parallel contrast sets another thing beside it
        "The north pier will reopen on Monday, but the south pier will not open before June,",
        "The south pier will not open before June,",
        False,
    ),
    (  # near miss: the same polarity both sides
        "The talks were hard, but we reached a deal in the end,",
        "We reached a deal in the end,",
        False,
    ),
    (  # near miss: a partial quote woven into the outlet's sentence picks its words
        "The road is not safe yet, but the bridge is open to traffic,",
        "the bridge is open to traffic,",
        False,
    ),
    (  # an alternative left off a whole sentence
        "We do not yet know whether it was a faulty valve or a broken seal,",
        "We do not yet know whether it was a faulty valve,",
        True,
    ),
    (  # "or so" loosens the figure
        "We will reopen the pier in two weeks or so,",
        "We will reopen the pier in two weeks,",
        True,
    ),
    (  # near miss: "whether … or not" asks the same question
        "We do not know yet whether the pump works or not,",
        "We do not know yet whether the pump works,",
        False,
    ),
    (  # near miss: a general extender
        "Nobody saw smoke in the cabin or anything,",
        "Nobody saw smoke in the cabin,",
        False,
    ),
    (  # a figure replaced where one excerpt goes on in a clause of its own
        "Polls will reopen in the flooded districts within two weeks, and no result will be "
        "certified before then,",
        "Polls will reopen in the flooded districts within two months,",
        True,
    ),
    (  # near miss: the same figure, the other excerpt goes on
        "Polls will reopen in the flooded districts within two weeks, and no result will be "
        "certified before then,",
        "Polls will reopen in the flooded districts within two weeks,",
        False,
    ),
]


@pytest.mark.parametrize("a,b,meaning", EDGES)
def test_changes_at_an_edge_of_session_18(a, b, meaning):
    assert _meaning(a, b) is meaning


EVIDENTIAL = [
    (  # a negated evidential frame and "anyone" against "no one": a hedge dropped
        "We have no evidence that anyone was poisoned by the water,",
        "No one was poisoned by the water,",
        "qualifier",
    ),
    (  # a frame of evidence dropped: a suspicion said as a fact
        "We have evidence that these firms fixed their bids,",
        "These firms fixed their bids,",
        "qualifier",
    ),
    (  # a negated frame dropped whole: the claim reversed
        "We have no evidence that the well is poisoned,",
        "The well is poisoned,",
        "negation",
    ),
    (  # near miss: a trace is found, not inferred from (no frame)
        "We have found no trace of anything in the well today,",
        "Nothing in the well today,",
        None,
    ),
    (  # near miss: more of the remark before the frame
        "Yes, we have evidence that these firms fixed their bids,",
        "These firms fixed their bids,",
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", EVIDENTIAL)
def test_an_evidential_frame_left_off(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


STYLES = [
    # one figure, time or word in two house styles, an adverb placed elsewhere, a booster
    ("About 40% of the smoke comes from the brickworks,",
     "About 40 percent of the smoke comes from the brickworks,", None),
    ("About 40 per cent of the smoke comes from the brickworks,",
     "About 40% of the smoke comes from the brickworks,", None),
    ("The ferry leaves at 9:30 on Friday from the pier,",
     "The ferry leaves at 9.30 on Friday from the pier,", None),
    ("We lost $5m on the harbour contract last year,",
     "We lost $5 million on the harbour contract last year,", None),
    ("We will fully cooperate with the inquiry,", "We will cooperate fully with the inquiry,", None),
    ("This is an incredibly difficult day for the town,",
     "This is a difficult day for the town,", "emphasis"),
    ("It is highly unlikely that the dam will hold,",
     "It is unlikely that the dam will hold,", "emphasis"),
    ("We will, of course, cooperate with the inquiry,",
     "We will cooperate with the inquiry,", "emphasis"),
    ("We are very much aware of the danger to the town,",
     "We are aware of the danger to the town,", "emphasis"),
    # near misses: another figure, another time, another scale, a focusing adverb moved
    ("About 40% of the smoke comes from the brickworks,",
     "About 45 percent of the smoke comes from the brickworks,", "number"),
    ("The ferry leaves at 9:30 on Friday from the pier,",
     "The ferry leaves at 10.30 on Friday from the pier,", "number"),
    ("We lost $5m on the harbour contract last year,",
     "We lost $5 billion on the harbour contract last year,", "number"),
    ("We only checked the east wing of the plant,",
     "We checked only the east wing of the plant,", "word"),
    ("It is not highly likely that the dam will hold,",
     "It is not likely that the dam will hold,", "qualifier"),
]


@pytest.mark.parametrize("a,b,kind", STYLES)
def test_house_styles_and_boosters(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


QUANTITIES = [
    # one vague amount in other words, "all" as "everything", a maximizer of a noun phrase
    ("These were the actions of a small number of hooligans,",
     "These were the actions of a few hooligans,", False),
    ("The pilots did everything they could to save the plane,",
     "The pilots did all they could to save the plane,", False),
    ("They want to hold the entire region hostage with these blockades,",
     "They want to hold the region hostage with these blockades,", False),
    ("We lost a whole day of trade because of the march,",
     "We lost a day of trade because of the march,", False),
    ("We were told nothing about the leak until Friday,",
     "We were told nothing about the leak till Friday,", False),
    ("It is a tragedy for the whole of Vellmark,", "It is a tragedy for all of Vellmark,", False),
    ("We have been warning about this for years,",
     "We have been warning about this for many years,", False),
    # near misses: few against many, everything against nothing, part of the region, most
    # of it, a count of years
    ("It is a tragedy for the whole of Vellmark,", "It is a tragedy for most of Vellmark,", True),
    ("We have been warning about this for years,",
     "We have been warning about this for two years,", True),
    ("These were the actions of a few hooligans,",
     "These were the actions of many hooligans,", True),
    ("The pilots did everything they could to save the plane,",
     "The pilots did nothing they could to save the plane,", True),
    ("They want to hold the entire region hostage with these blockades,",
     "They want to hold part of the region hostage with these blockades,", True),
    # a name opening the quote stays a name
    ("Orsk will reopen the harbour before the summer,",
     "Velda will reopen the harbour before the summer,", True),
]


@pytest.mark.parametrize("a,b,meaning", QUANTITIES)
def test_quantities_said_two_ways(a, b, meaning):
    assert _meaning(a, b) is meaning




def test_a_definite_place_the_article_named_before_is_the_storys_own():
    docs = support.quote_docs(
        'ORSKA - Smog closed every school in the capital on Monday.\n\n'
        '"Stubble burning causes about 40 percent of the smog in the capital," Environment '
        'Minister Ravi Tandon said.',
        'ORSKA - Schools stayed shut as smog hung over the capital for a fifth day.\n\n'
        '"Stubble burning causes about 40 percent of the smog," Environment Minister Ravi '
        'Tandon said.',
    )
    assert [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"] == []


def test_a_definite_place_the_article_never_named_is_still_a_change():
    docs = support.quote_docs(
        'ORSKA - Smog closed every school on Monday.\n\n'
        '"Stubble burning causes about 40 percent of the smog in the north," Environment '
        'Minister Ravi Tandon said.',
        'ORSKA - Schools stayed shut for a fifth day.\n\n'
        '"Stubble burning causes about 40 percent of the smog," Environment Minister Ravi '
        'Tandon said.',
    )
    found = [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"]
    assert len(found) == 1 and found[0].detail["meaningful"] is True


def test_a_negated_frame_and_its_npi_are_one_hedge_not_a_reversal():
    c = compare_quotes("We have no indication that the crew did anything wrong,",
                       "The crew did nothing wrong,")
    assert c["change"] == "qualifier"
    assert any(op.get("hedge") for op in c["ops"])
    # near miss: the frame dropped and the claim turned round
    assert support.quote_change_kind("We have no indication that the crew did anything wrong,",
                 "The crew did something wrong,") == "negation"
