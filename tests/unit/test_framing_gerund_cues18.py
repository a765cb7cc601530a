"""Session 18: two readings of where a speech verb stands. All text invented here
(fictional places and people), not the stories'.

1. A speech verb's "-ing" form after a preposition ("after months of insisting that ...",
   "despite claiming ...") is a gerund naming another, earlier act of speech: not the
   verb that attributes the sentence's statement (held-out t56, session 17).
2. A doubt verb followed by a short adjunct, a colon and a quote ('claimed as she left:
   "..."') reports that quote, as 'claimed: "..."' does; a noun object before the colon
   ("claimed five lives on Monday:") still reports none.
"""

from __future__ import annotations

import pytest
from support import compare_paragraphs

from storylens.findings.attribution import gerund_cue, reports_statement

pytestmark = pytest.mark.usefixtures("framing_on")


def _framing(comp):
    return [f for f in comp.findings if f.type == "framing"]


@pytest.mark.parametrize("sentence, cue, gerund", [
    ("The mayor relented on Friday, after months of insisting that the dam was sound.",
     "insisting", True),
    ("Despite claiming that the ferry was safe, the operator withdrew it.", "claiming", True),
    ("She was criticised for admitting that the figures were wrong.", "admitting", True),
    ("He resigned without conceding that the tender was flawed.", "conceding", True),
    # near misses: the statement's own verb
    ("The mayor answered by insisting that the dam was sound.", "insisting", False),
    ("She apologised while insisting that the figures were right.", "insisting", False),
    ("The mayor insisted that the dam was sound.", "insisted", False),
    ("Residents are insisting that the dam is unsafe.", "insisting", False),
])
def test_gerund_after_preposition(sentence, cue, gerund):
    a = sentence.index(cue)
    assert gerund_cue(sentence, a, a + len(cue)) is gerund


@pytest.mark.parametrize("after, reports", [
    (' as she left: "I have done nothing wrong."', True),
    (' outside the court in Varna: "I have done nothing wrong."', True),
    (' when reporters asked about the tender: "I have done nothing wrong."', True),
    # near misses: a noun object before the colon, or no quote after it
    (' five lives on Monday: "It was the worst night of my life."', False),
    (' victory as she left: "We won."', False),
])
def test_adjunct_colon_quote(after, reports):
    text = "Maren claimed" + after
    assert reports_statement(text, len("Maren claimed")) is reports


_WIRE = ["Sandvik Hydro shut the Orlen dam's spillway gates on Tuesday after a crack was found.",
         "Engineers from the regional water board inspected the wall on Wednesday.",
         'Mayor Teodor Halvik said on Thursday: "The dam was never at risk of collapse."']


def test_gerund_of_earlier_stance_is_no_story_attribution():
    """The others say 'said'; this outlet's main verb is 'said' too, and its 'after months
    of insisting' names an earlier stance: no framing finding."""
    other = ["Sandvik Hydro shut the Orlen dam's spillway gates on Tuesday after a crack was found.",
             "Engineers from the regional water board inspected the wall on Wednesday.",
             '"The dam was never at risk of collapse," Mayor Teodor Halvik said on Thursday, '
             "after weeks of insisting that the crack was cosmetic."]
    found = _framing(compare_paragraphs(_WIRE, other))
    assert not any("insisting" in f.summary for f in found)


def test_gerund_beside_loaded_main_verb_keeps_the_main_verb():
    """Near miss: the main verb is loaded ('admitted'): the finding names it, not the
    gerund."""
    other = ["Sandvik Hydro shut the Orlen dam's spillway gates on Tuesday after a crack was found.",
             "Engineers from the regional water board inspected the wall on Wednesday.",
             '"The dam was never at risk of collapse," Mayor Teodor Halvik admitted on Thursday, '
             "after weeks of insisting that the crack was cosmetic."]
    found = _framing(compare_paragraphs(_WIRE, other))
    assert found and all("insisting" not in f.summary for f in found)
    assert any("admitted" in f.summary for f in found)


def test_adjunct_then_quote_frames_in_aligned_sentences():
    other = [_WIRE[0], _WIRE[1],
             'Mayor Teodor Halvik claimed as he left the hall: "The dam was never at risk of collapse."']
    found = _framing(compare_paragraphs(_WIRE, other))
    assert len(found) == 1 and "claimed" in found[0].summary


def test_noun_object_before_colon_is_no_statement():
    """Near miss: 'claimed three homes on Monday:' is a toll, whatever quote follows."""
    wire = ["Floods in the Orlen valley destroyed three homes on Monday, the water board said.",
            'Mayor Teodor Halvik said: "We will rebuild every one of them."']
    other = ["The flood claimed three homes on Monday: \"We will rebuild every one of them,\" "
             "Mayor Teodor Halvik said."]
    found = _framing(compare_paragraphs(wire, other))
    assert not any("claimed" in f.summary for f in found)


# --- one sentence, two statements: the shared one told with its own neutral verb ----------

_BRIDGE = ["The Orlen road bridge in Varna was closed on Monday after engineers found cracks "
           "in two of its piers.",
           "About 30,000 vehicles a day use the bridge, the city's transport office said.",
           "Transport Minister Ilka Sorel said on Tuesday that the bridge would reopen in May "
           "after repairs."]


def test_charged_verb_of_the_other_statement_is_no_framing():
    other = [_BRIDGE[0], _BRIDGE[1],
             "Transport Minister Ilka Sorel denied claiming that the piers were sound and said "
             "on Tuesday that the bridge would reopen in May after repairs."]
    assert _framing(compare_paragraphs(_BRIDGE, other)) == []


def test_charged_verb_of_the_shared_statement_still_frames():
    """Near miss: the charged verb carries the shared statement; the neutral one after it
    reports another."""
    other = [_BRIDGE[0], _BRIDGE[1],
             "Transport Minister Ilka Sorel insisted on Tuesday that the bridge would reopen in "
             "May after repairs and said the ferry would run until then."]
    found = _framing(compare_paragraphs(_BRIDGE, other))
    assert len(found) == 1 and "insisted" in found[0].summary


def test_passive_verb_after_is_no_second_statement():
    """Near miss: 'had been written' is no second statement of the speaker."""
    other = [_BRIDGE[0], _BRIDGE[1],
             "Transport Minister Ilka Sorel claimed the report had been written by the "
             'opposition and insisted: "The bridge will reopen in May after repairs."']
    found = _framing(compare_paragraphs(_BRIDGE, other))
    assert found and any("claimed" in f.summary or "insisted" in f.summary for f in found)


# --- a negated or unrealised charged verb reports no statement ---------------------------

_PIERS = ["The Orlen road bridge in Varna was closed on Monday after engineers found cracks "
          "in two of its piers.",
          "About 30,000 vehicles a day use the bridge, the city's transport office said.",
          "Transport Minister Ilka Sorel said on Tuesday that the piers were sound and the "
          "bridge would reopen in May."]


@pytest.mark.parametrize("sentence, frames", [
    ("Transport Minister Ilka Sorel has never claimed that the piers were sound, her office "
     "said on Tuesday, adding that the bridge would reopen in May.", False),
    ("Transport Minister Ilka Sorel did not admit on Tuesday that the piers were unsound, "
     "and said the bridge would reopen in May.", False),
    ("Transport Minister Ilka Sorel is expected to insist on Friday that the piers were "
     "sound and the bridge would reopen in May.", False),
    # near misses: the charged verb of a statement made, a negation elsewhere
    ("Transport Minister Ilka Sorel, who did not attend Monday's inspection, claimed on "
     "Tuesday that the piers were sound and the bridge would reopen in May.", True),
    ("Transport Minister Ilka Sorel insisted on Tuesday that the piers were sound and the "
     "bridge would reopen in May.", True),
], ids=["never claimed", "did not admit", "expected to insist", "negation elsewhere",
        "insisted"])
def test_unrealised_charged_verb(sentence, frames):
    found = _framing(compare_paragraphs(_PIERS, [_PIERS[0], _PIERS[1], sentence]))
    assert bool(found) is frames


# --- an abstract noun right after a doubt verb is its object (dev d63) ---------------------

@pytest.mark.parametrize("after, reports", [
    (" responsibility in a statement posted online, saying the attack was revenge.", False),
    (" ownership of the site in documents filed on Monday.", False),
    # near misses: a clause follows
    (" officials ignored the warnings.", True),
    (" the statement posted online was fake.", True),
    (" that responsibility lay with the army.", True),
])
def test_abstract_noun_object(after, reports):
    text = "The Tarsk Front claimed" + after
    assert reports_statement(text, len("The Tarsk Front claimed")) is reports


def test_claimed_responsibility_is_no_doubt_framing():
    wire = ["A car bomb killed six soldiers at the Varn checkpoint on Sunday, the army said.",
            "The Tarsk Front claimed responsibility in a statement posted online, saying the "
            "attack was revenge for the arrest of its commander."]
    other = ["A car bomb killed six soldiers at the Varn checkpoint on Sunday, the army said.",
             "The Tarsk Front said online that the attack was revenge for the arrest of its "
             "commander."]
    assert not any("claimed" in f.summary for f in _framing(compare_paragraphs(wire, other)))


# --- a sensational verb frames a statement only with a possible speaker as subject (d65) ---

_LEVY = "The Varna city council approved a new parking levy on Monday after a six-hour debate."


@pytest.mark.parametrize("a, b, frames", [
    ("Opposition leader Nadia Venn said the levy would hurt small shops in the old town.",
     "Opposition leader Nadia Venn slammed the levy, saying it would hurt small shops in the "
     "old town.", True),
    ("The shopkeepers' union said the levy would hurt small shops in the old town.",
     "The shopkeepers' union lashed out at the levy, saying it would hurt small shops in the "
     "old town.", True),
    ("Venn said the levy would hurt small shops in the old town.",
     "She tore into the levy, saying it would hurt small shops in the old town.", True),
    ("Opposition leader Nadia Venn said the levy would hurt small shops in the old town.",
     "Nadia Venn, 52, who leads the opposition, slammed the levy, saying it would hurt small "
     "shops in the old town.", True),
    ("Venn said the levy would hurt small shops in the old town.",
     'Venn called it "a tax on the poor" and lashed out at the council, saying it would hurt '
     "small shops in the old town.", True),
    # near misses: an act told with the phrase's literal sense, or a noun
    ("The tram union said the levy would pay for work on the old town line.",
     "The tram union said the council had written to the city in March to warn of worn rails "
     "on the old town line.", False),
    ("A storm damaged small shops in the old town on Monday, the council said.",
     "A storm slammed into small shops in the old town on Monday.", False),
    ("The jet landed safely after a flock of geese struck one of its engines, the airline said.",
     "The jet landed safely when a flock of geese tore into one of its engines.", False),
], ids=["named person", "organisation", "pronoun", "after an aside", "after a quote",
        "rails", "storm", "geese"])
def test_sensational_needs_a_speaker(a, b, frames):
    found = _framing(compare_paragraphs([_LEVY, a], [_LEVY, b]))
    assert bool(found) is frames
