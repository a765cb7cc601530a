"""Story-wide framing compares two outlets' words for *one* referent (issue 12, session 9).

In the 84-article PolNeAR valid run every story-wide framing finding but one was two
referents' words set side by side: one outlet's two articles, two articles with nothing
in common, a sentence that names the plain thing itself, another speaker's statement,
a common noun linked by two chance words, a name both outlets introduce, a "He" misread.
Each table below holds the false case (invented, on a fictional ferry strike in Vella)
and its near miss, the same wording where the contrast is real.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = ("Ferry crews in Vella struck on Monday over unpaid wages, and union leader Dara Quill "
          "led a march to the Tarn harbour office.")
LEDE_B = ("Dara Quill, the Vella ferry union's leader, led striking crews to the Tarn harbour "
          "office on Monday over wages they say were never paid.")


def _framing(a: str, b: str, outlets=("Harbour Post", "Vella Times"), ledes=(LEDE_A, LEDE_B)
             ) -> list[tuple[str, str, str]]:
    """(rule, charged word, plain word) of each story-wide framing finding."""
    arts = [Article(id="a1", source="t", outlet=outlets[0], text=f"{ledes[0]}\n\n{a}"),
            Article(id="a2", source="t", outlet=outlets[1], text=f"{ledes[1]}\n\n{b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [(f.detail["rule"], f.detail["b"]["word"], f.detail["a"]["word"])
            for f in comp.findings if f.type == "framing" and f.detail.get("scope") == "story"]


MOB = ("A mob smashed the glass doors of the harbour office and set fire to the ticket booth "
       "before police arrived.")
PROTESTERS = ("Police said on Monday evening that protesters broke windows at the harbour "
              "office in Tarn and burned down its ticket booth.")


def _rules(found) -> set[str]:
    return {r for r, _, _ in found}


def test_two_outlets_contrast_but_one_outlets_two_articles_do_not():
    assert ("framing.story.descriptor", "mob", "protesters") in _framing(MOB, PROTESTERS)
    assert _framing(MOB, PROTESTERS, outlets=("Harbour Post", "Harbour Post")) == []


# Two articles with no salient name and no close sentence in common tell two stories.
OTHER_LEDE = ("Farmers in Osk Valley closed the grain depot at Merrow on Friday, saying the "
              "co-operative had cut its prices twice since spring.")
DEPOT_MOB = ("A mob smashed the glass doors of the depot office and set fire to a grain truck "
             "before police arrived at the co-operative.")


def test_articles_that_share_nothing_are_not_contrasted():
    found = _framing(DEPOT_MOB, PROTESTERS, ledes=(OTHER_LEDE, LEDE_B))
    assert found == []


# A sentence that itself writes a plain term of the set names another referent with its
# loaded one ("the Vella administration's talks with hostile regimes").
OWN_PLAIN = [
    ("the sentence names the administration itself",
     "The strike came as the Vella administration pursued talks with hostile regimes over "
     "the ferry routes to Tarn.",
     "The administration said the strike put its talks over the ferry routes to Tarn "
     "at risk.", False),
    ("near miss: the loaded word alone",
     "The strike came as the Vella regime pursued talks over the ferry routes to Tarn and "
     "the fuel levy.",
     "The administration said the strike put its talks over the ferry routes to Tarn "
     "at risk.", True),
]


@pytest.mark.parametrize("case", OWN_PLAIN, ids=[c[0] for c in OWN_PLAIN])
def test_a_sentence_that_writes_the_plain_term_makes_no_contrast(case):
    _, a, b, expected = case
    found = [f for f in _framing(a, b) if f[0] == "framing.story.descriptor"]
    assert bool(found) is expected


# A statement noun is one speaker's statement: "his diatribe" (Quill's) is no loaded
# wording of another person's "statement" or "remarks". (Quill's own words, quoted first,
# make him a speaker of the story.)
SAID = '"We will not sail unpaid," Quill said at the harbour gate. '

STATEMENTS = [
    ("another speaker's remarks",
     SAID + "Continuing his diatribe, Dara Quill also attacked the harbour board over the unpaid "
     "ferry wages.",
     "Ivo Brant's remarks on the unpaid ferry wages angered the harbour board on Monday.",
     False),
    ("a statement with no speaker",
     SAID + "Continuing his diatribe, Dara Quill also attacked the harbour board over the unpaid "
     "ferry wages.",
     "A statement on the unpaid ferry wages angered the harbour board on Monday.", False),
    ("near miss: the same speaker's remarks",
     SAID + "Continuing his diatribe, Dara Quill also attacked the harbour board over the unpaid "
     "ferry wages.",
     "The harbour board called Quill's remarks an insult, saying the ferry wages owed "
     "were being paid in full this week.", True),
]


@pytest.mark.parametrize("case", STATEMENTS, ids=[c[0] for c in STATEMENTS])
def test_statement_nouns_need_one_speaker(case):
    _, a, b, expected = case
    found = [f for f in _framing(a, b) if f[1] == "diatribe" and f[2] == "remarks"
             or f[1] == "diatribe" and f[2] == "statement"]
    assert bool(found) is expected


# A modifier on a common noun: two chance words do not make one referent.
MODIFIERS = [
    ("two shared words: another law",
     "Quill said the union would fight the controversial law requiring crews to work "
     "double shifts.",
     "Harbour owners have long asked the courts to apply the law to every ferry crew.", False),
    ("near miss: three shared words, one law",
     "Quill said the union would fight the controversial law requiring ferry crews to work "
     "double shifts.",
     "Quill said the union would fight the law requiring ferry crews to work extra hours.",
     True),
]


@pytest.mark.parametrize("case", MODIFIERS, ids=[c[0] for c in MODIFIERS])
def test_a_modifier_on_a_common_noun_needs_a_real_link(case):
    _, a, b, expected = case
    found = [f for f in _framing(a, b) if f[0] == "framing.story.modifier"]
    assert bool(found) is expected


# A "so-called" that introduces a name is no contrast with an outlet that introduces the
# same name ("a deal known as the Tessel Accord"); a counterpart that qualifies the noun
# with a loaded modifier of its own is not the plain wording either.
INTRODUCED = [
    ("the other outlet introduces the name too",
     "Quill said the strike would go on until the harbour board dropped the so-called Tessel "
     "Accord on crew wages.",
     "The harbour board signed a wage deal with the ferry owners known as the Tessel Accord "
     "last year.", False),
    ("the other outlet qualifies the noun too",
     "Quill said the strike was about the notorious overtime loophole that lets owners skip "
     "ferry crew wages.",
     "Owners use a so-called overtime loophole to skip ferry crew wages, the union says.",
     False),
    ("near miss: the other outlet writes it plainly",
     "Quill said the strike was about the notorious overtime loophole that lets owners skip "
     "ferry crew wages.",
     "Owners use an overtime loophole to skip ferry crew wages, the union says.", True),
]


@pytest.mark.parametrize("case", INTRODUCED, ids=[c[0] for c in INTRODUCED])
def test_introduced_or_qualified_counterparts_are_not_plain(case):
    _, a, b, expected = case
    found = [f for f in _framing(a, b) if f[0] == "framing.story.modifier"]
    assert bool(found) is expected


# A quote whose speaker is written "He" counts for the person only when the words before
# it name that person alone.
BAIT = ("What became clear is that Brant cares about his name as a harbour boss, a trait "
        "that Dara Quill used to bait him.\n\n")
CLAIM = ("He suggested that selling the old pier was good business. He claimed that the ferry "
         "fund had run dry by the end of March.")
QUILL_SAYS = ("The ferry fund was empty by the end of March, Quill says, and crews have gone "
              "without pay since.")
PRONOUN = [
    ("'He' after another person's sentence (read as the last speaker's)",
     BAIT + "Brant took offense at suggestions that he had let the docks decay. " + CLAIM,
     QUILL_SAYS, False),
    ("near miss: 'He' after the speaker's own sentence",
     BAIT + "Quill took offense at suggestions that he had let the union decay. " + CLAIM,
     QUILL_SAYS, True),
]


@pytest.mark.parametrize("case", PRONOUN, ids=[c[0] for c in PRONOUN])
def test_a_pronoun_speaker_needs_its_antecedent(case):
    _, a, b, expected = case
    found = [f for f in _framing(a, b) if f[0] == "framing.story.attribution"]
    assert bool(found) is expected


# An emotion reported as seen is no intensifier: "angrily stormed" is how a crowd that
# other outlets call "angry" looked; "violently" judges the force of the act.
STORM = "the union office in Tarn on Monday after the wage talks collapsed, police said."
MANNER = [
    ("an emotion: angrily", f"Striking deckhands angrily stormed {STORM}", False),
    ("near miss: violently", f"Striking deckhands violently stormed {STORM}", True),
]


@pytest.mark.parametrize("case", MANNER, ids=[c[0] for c in MANNER])
def test_an_emotion_adverb_is_no_intensifier(case):
    _, a, expected = case
    b = ("Police said striking deckhands stormed the union office in Tarn on Monday once the "
         "wage talks had collapsed.")
    found = [f for f in _framing(a, b) if f[0] == "framing.story.modifier"]
    assert bool(found) is expected
