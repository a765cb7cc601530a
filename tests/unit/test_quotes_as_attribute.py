"""Two cue classes from the session-14 per-class reading of PolNeAR valid's missed gold
cues. An opinion put as "<verb> <object> as <attribute>" (VerbNet characterize-29.2:
"see", "view", "regard", "portray", "characterize", "hail", ...) reports the object and
its attribute ("some who saw the comment as a dig at ..."); a verb of evidence whose
subject is a long sentence opening headed by a piece of evidence has that opening as its
source. Invented text (fictional Ostrava harbour, names Vask, Lund), near misses beside
each: a life stage, a time clause, a degree, a passive, a noun, a verb of another sense,
no "as" at all; a finite verb of its own, a person as head, a pronoun opening. Also two
structural misses of known cues: an infinitive with an -ing object in a bare clause's
subject, and "went on to <verb of saying>".
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


CASES = [
    ("Farmers in Ostrava see the new canal as a threat to their wells.",
     [("Farmers in Ostrava", "see", "the new canal as a threat to their wells")]),
    ("Many residents viewed the mayor's plan as a giveaway to developers.",
     [("Many residents", "viewed", "the mayor's plan as a giveaway to developers")]),
    ("The dockers' union portrayed the merger as a betrayal of the crews.",
     [("The dockers' union", "portrayed", "the merger as a betrayal of the crews")]),
    ("Critics have characterized the levy as a tax on the poor.",
     [("Critics", "have characterized", "the levy as a tax on the poor")]),
    ("Councillor Mira Vask regarded the treaty as a mistake.",
     [("Councillor Mira Vask", "regarded", "the treaty as a mistake")]),
    # a relative subject: the noun phrase it stands for speaks
    ("The speech drew scrutiny from some who saw the remark as a dig at the navy.",
     [("some", "saw", "the remark as a dig at the navy")]),
    # the attribute ends before the subject's next act
    ("Farmers viewed the canal as a threat and blocked the road to the quay.",
     [("Farmers", "viewed", "the canal as a threat")]),
    # near miss: a life stage after "as", not an opinion
    ("Lund saw the old ferry as a child in Ostrava.", []),
    # near miss: "as" opens a time clause
    ("Lund saw the bus as the bridge collapsed into the river.", []),
    # near miss: a degree or time ("as soon as")
    ("Residents will see the results as soon as Monday.", []),
    # near miss: a passive ("was viewed by X as"): the object is the subject, not read here
    ("The quay was viewed by traders as a risk.", []),
    # near miss: the noun "view"
    ("The view as seen from the harbour is stunning.", []),
    # near miss: the writer's inference about a view ("must have regarded")
    ("Vask must have regarded the treaty as a mistake.", []),
    # near miss: no "as": seeing is no opinion
    ("Lund saw the ferry leave the harbour at noon.", []),
    # near misses (review14c): "as of" a date, and a time clause whose verb is an
    # irregular past ("left", "came": no "-ed" form to see)
    ("More than a million people viewed the harbour video as of Monday evening.", []),
    ("Most of the crew saw the storm as the ferry left the harbour in Lenna.", []),
    ("Traders saw the crane as the inspectors came to the quay.", []),
    # near misses (review14c): "as" with the participle of a verb that takes a clause is a
    # comparative clause ("as expected", "as reported"); an adjectival one is an attribute
    ("Traders saw ferry fares fall as expected after the harbour board's ruling.", []),
    ("Investors viewed the Ostrava bond sale as reported by the harbour board.", []),
    ("Critics see the harbour board's ruling as flawed and unfair to crews.",
     [("Critics", "see", "the harbour board's ruling as flawed and unfair to crews")]),
    # an attribute with a relative clause of its own keeps its irregular past
    ("Analysts regard Ostrava Bank as the lender that took the biggest risks.",
     [("Analysts", "regard", "Ostrava Bank as the lender that took the biggest risks")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_an_opinion_put_as_an_attribute_is_reported(text, want):
    assert _reported(text) == want


# A piece of evidence with a subject too long for the speaker rules (session 14, PolNeAR
# valid: "The ... average of polls taken over the past two weeks shows Clinton leading ...",
# "A ... analysis of super PACs that have raised ... since Jan. 1, 2015, shows ..."): the
# whole sentence opening is the source when its head is a piece of evidence.
EVIDENCE = [
    ("The harbour board's survey of ferry crews and dock workers in Ostrava and Lenna shows "
     "wages falling behind rents.",
     [("The harbour board's survey of ferry crews and dock workers in Ostrava and Lenna",
       "shows", "wages falling behind rents")]),
    ("An Ostrava Courier analysis of ferry fares that have risen since May 3, 2031, shows "
     "commuters paying twice as much as traders.",
     [("An Ostrava Courier analysis of ferry fares that have risen since May 3",
       "shows", "commuters paying twice as much as traders")]),
    # near miss: a finite verb of its own before "shows": two clauses
    ("The report was late and shows nothing new about the ferry fares in Ostrava.", []),
    # near miss: a person, not a piece of evidence, heads the long subject
    ("Ana Lund of the harbour board, speaking to traders in Ostrava on Monday, shows the "
     "new crane to visitors.", []),
    # near miss: a pronoun opens the sentence
    ("It shows the crews of the old ferry and the new one waiting at the quay in Lenna.", []),
    # near misses (review14c): a piece of evidence that only modifies the head noun
    ("The data centre that Lenna Power built near the Ostrava docks last year shows signs of "
     "flooding.", []),
    ("The test track at the Ostrava plant, which opened in 2029 after years of delays, shows "
     "heavy wear.", []),
    # a reduced relative after the head is no compound
    ("A survey taken by the harbour board among crews in Ostrava and Lenna last spring shows "
     "wages falling.",
     [("A survey taken by the harbour board among crews in Ostrava and Lenna last spring",
       "shows", "wages falling")]),
]


@pytest.mark.parametrize("text,want", EVIDENCE)
def test_a_long_evidence_subject_is_the_source(text, want):
    assert _reported(text) == want


# A bare clause after a verb of thought whose subject holds an infinitive with an -ing
# object (session 14, PolNeAR valid: "Mr. Obama believes his efforts to slow global
# warming will be ..."): after "to" an -ing word is the infinitive's object, and only an
# auxiliary still makes the words a clause.
INFINITIVE_SUBJECTS = [
    ("Mayor Vask believes her plans to stop ferries docking will win back traders.",
     [("Mayor Vask", "believes", "her plans to stop ferries docking will win back traders")]),
    # near miss: no auxiliary after the infinitive: an object, not a clause
    ("Mayor Vask believes her plans to stop ferries docking.", []),
    # near miss: no infinitive: the -ing word opens a participle's phrase
    ("Mayor Vask believes rants blaming the harbour board are common.", []),
]


@pytest.mark.parametrize("text,want", INFINITIVE_SUBJECTS)
def test_an_infinitive_in_a_bare_clause_subject(text, want):
    assert _reported(text) == want


# "went on to <verb of saying>" leads into the cue as "continued to" does (session 14,
# PolNeAR valid: "Ham went on to explain how he believes ...", "Caddell went on to
# discuss ..."): the subject is the source, the lead part of the cue.
WENT_ON = [
    ("Councillor Mira Vask went on to say that the quay would reopen in May.",
     [("Councillor Mira Vask", "went on to say", "that the quay would reopen in May")]),
    ("Vask went on to explain how the crane had failed.",
     [("Vask", "went on to explain", "how the crane had failed")]),
    # near miss: "went on to" a place, then another subject's report
    ("The ferry went on to Lenna and the crew said the engine had failed.",
     [("the crew", "said", "the engine had failed")]),
    # near miss: "went on to" an act, not a verb of saying
    ("Vask went on to win the election in Ostrava.", []),
]


@pytest.mark.parametrize("text,want", WENT_ON)
def test_went_on_to_leads_into_the_cue(text, want):
    assert _reported(text) == want



@pytest.mark.parametrize("text", [
    "The council members see",          # a scraped page cut right after the verb
    "Residents of Varnholm regard",
])
def test_an_opinion_verb_ending_the_text_reports_nothing(text: str) -> None:
    # the verb is the text's last token: nothing after it to read (an IndexError before,
    # met on the extraction stress set)
    assert _reported(text) == []
