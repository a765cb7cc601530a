"""The story-wide attribution comparison (``--story-framing``, s8 reader report item 10):
on fresh news (PolNeAR valid) all three of its findings were wrong: "Trump had claimed a
loss of $916 million" (a tax deduction, no statement), "Trump will insist on being Donald
Trump" (no statement), and two sentences linked by two narration words ("paying",
"taxes"). Now a loaded cue reports a statement only with a clause or quote complement
(``reports_statement``), and two unaligned sentences are one statement only with three
shared content words, or two inside direct quotes in both (rules/attribution
STORY_LINK_MIN_WORDS, STORY_LINK_MIN_QUOTED). Invented text (a fictional Vella ferry
strike); each false case has near misses that keep the finding."""

from __future__ import annotations

import pytest

from storylens.findings.attribution import reports_statement
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)

# (id, text with the cue marked by "|" after it, reports a statement)
COMPLEMENTS = [
    ("noun object", "The accounts show the company claimed| a loss of $90 million in 2019.", False),
    ("prepositional verb", "Quill will insist| on being the union's only voice.", False),
    ("noun object, the lives", "The storm claimed| the lives of two crew members.", False),
    ("a sum right after", "The company claimed| $90 million in losses on the line.", False),
    ("a sum in pounds", "The company claimed| \u00a39m in damages from the port.", False),
    ("near miss: a colon and a quote", 'Quill claimed|: "the owners hid the accounts".', True),
    ("near miss: that-clause", "Quill claimed| that the owners had hidden the accounts.", True),
    ("near miss: clause without that", "Quill insisted| the owners were hiding the accounts.", True),
    ("near miss: name + verb", "Quill claimed| Brant had lied about the wages.", True),
    ("near miss: to-infinitive", "Brant claims| to be the owners' friend.", True),
    ("near miss: cue at the end", "The owners hid the accounts, Quill claimed|.", True),
    ("near miss: pronoun subject", "Quill admitted| she had not read the offer.", True),
    # an "-ed" word is the clause's verb only where a subject can end before it, never a
    # number word (rules/attribution.ED_NOUN_PHRASE_WORDS, session 10)
    ("-ed number word", "The ferry fire claimed| a hundred lives on the crossing.", False),
    ("-ed number word after a number", "The storm claimed| two hundred lives along the coast.", False),
    ("-ed adjective after a determiner", "The dockers claimed| the sacred ground of the old quay.", False),
    ("-ed adjective, kindred", "The union claimed| a kindred cause with the ferry crews.", False),
    ("-ed verb as a modifier after a possessive", "The owners claimed| Sunday's failed strike as a win.", False),
    ("-ed verb after a preposition", "Quill claimed| credit for stalled talks at the port.", False),
    ("near miss: -ed verb after its subject", "Quill claimed| the owners cheated the crews.", True),
    ("near miss: a hundred as the subject", "Quill claimed| a hundred dockers walked out on Monday.", True),
    ("near miss: adjective in the subject", "Quill insisted| the hated owners invented the figures.", True),
    # session 13: a time or medium adjunct after "on" and then "that" is a report; a quote
    # opening inside the clause does not end it (rules/attribution PREP_ADJUNCT_MEDIA,
    # COMPLEMENT_QUOTE_MARKS)
    ("near miss: on + day + that", "Harbour police claimed| on Sunday that the van had swerved.", True),
    ("near miss: on + medium + that", "General Osk insisted| on state television that his units held the ridge.", True),
    ("near miss: on + day part + that", "The ferry line insisted| on Tuesday night that the crew was certified.", True),
    ("prepositional verb with a relative clause", "Quill insisted| on a recount that would take weeks.", False),
    ("prepositional verb, the vote", "Quill insisted| on the vote that the council had delayed.", False),
    ("on + day, no clause", "The storm claimed| on Sunday the lives of two crew members.", False),
    ("near miss: quote inside the clause", 'Minister Lind claimed| the budget "could not stretch any further".', True),
    ("near miss: quote after the subject", 'General Osk insisted| his men "never crossed the river".', True),
    ("quoted noun object", 'The union claimed| the "Vella victory" as its own.', False),
]


@pytest.mark.parametrize("case", COMPLEMENTS, ids=[c[0] for c in COMPLEMENTS])
def test_reports_statement(case):
    _id, marked, want = case
    text = marked.replace("|", "")
    assert reports_statement(text, marked.index("|")) is want


LEDE = "Ferry crews in Vella walked out on Monday over unpaid wages, halting every crossing.\n\n"


def _attribution(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    comp = compare_articles(arts, STORY)
    return [f.summary for f in comp.findings
            if f.detail.get("rule") == "framing.story.attribution"]


# Sentences long and different enough not to align: the story-wide rule, not the aligned one
SAID = ("Speaking at the Tarn depot on Friday after a long meeting with the port board and two "
        "ministers, owner Ivo Brant said ")
CLAIMED = "In a letter posted on the company website late on Sunday night, Ivo Brant claimed "

CASES = [
    # (id, Harbour Post's sentence, Osk Herald's sentence, a finding expected)
    ("a loss claimed is no statement",
     SAID + "the company would stop paying wages in March.",
     CLAIMED + "a loss on the ferry line, which let the company stop paying wages in March.",
     False),
    ("two narration words are too weak a link",
     "The union has hidden the ferry accounts for years, owner Ivo Brant said.",
     CLAIMED + "that strikes always end the same way, with the union beaten and the ferry sold.",
     False),
    ("near miss: three shared words link one statement",
     SAID + "the union had hidden the ferry accounts.",
     CLAIMED + "that the ferry accounts were kept from members by the union.",
     True),
    ("near miss: an admission with a noun or -ing object is still one (culpability)",
     SAID + "the company had broken the ferry safety rules on its night crossings.",
     "In a letter posted on the company website late on Sunday night, Ivo Brant admitted "
     "breaking the ferry safety rules on its night crossings.",
     True),
    ("near miss: two shared words inside quotes in both",
     "At a packed meeting of the port board in Tarn on Friday, owner Ivo Brant said: "
     "\"We lose money every winter on this route.\"",
     "\"We lose money,\" Ivo Brant claimed in a letter posted late on Sunday night to the "
     "company website.",
     True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_story_attribution_needs_a_statement_and_evidence(case):
    _id, a, b, want = case
    got = _attribution(a, b)
    assert bool(got) is want, got


# Session 13: a statement retold in other words shares the story's own plain words, none of
# them rare (each in three or more sentences of both articles): five shared words that are
# no names link it (rules/attribution STORY_LINK_MIN_COMMON_WORDS); four do not.
BACKGROUND = ("The ferry crews say their unpaid wages now cover three months. Ferry crossings "
              "to the islands stopped at dawn, and crews picketed the ferry terminal. Unpaid "
              "wages and cancelled crossings are the crews' main complaint. ")

COMMON_CASES = [
    ("near miss: five common words retell one statement",
     SAID + "the crews would get their unpaid wages once the ferry crossings resumed.",
     CLAIMED + "that crews would receive unpaid wages as soon as ferry crossings resumed.",
     True),
    ("four common words: another statement of the same owner",
     SAID + "the board alone had decided to hold back the crews' unpaid wages.",
     CLAIMED + "that unpaid crews on the ferry crossings were being used by the union.",
     False),
]


@pytest.mark.parametrize("case", COMMON_CASES, ids=[c[0] for c in COMMON_CASES])
def test_story_attribution_common_words(case):
    _id, a, b, want = case
    got = _attribution(BACKGROUND + a, BACKGROUND + b)
    assert bool(got) is want, got


# Session 13: a quote whose speaker is written "he" is the person the nearest earlier names
# mean alone, whoever the quote analysis carried over from the quote before it (here the
# judge, quoted first); two people named there leave it unknown.
JUDGE = ('Judge Ona Brisk read the sentence at noon. "The court has weighed every word," '
         "Judge Ona Brisk said. ")
TAMM_SAID = ("Speaking to reporters as guards led him out of the Vella courthouse, former mayor "
             'Ivo Tamm said: "I never took a single coin for myself. This verdict was written '
             'in the council chamber."')
TAMM_CLAIMED = ('As guards led him away, he claimed the verdict had been written "in the council '
                'chamber" and insisted: "I never took a single coin."')

PRONOUN_CASES = [
    ("he is the one person named just before", TAMM_SAID,
     JUDGE + "Former mayor Ivo Tamm showed no remorse. " + TAMM_CLAIMED, True),
    ("near miss: two people named just before", TAMM_SAID,
     JUDGE + "Former mayor Ivo Tamm glared at Judge Ona Brisk. " + TAMM_CLAIMED, False),
]


@pytest.mark.parametrize("case", PRONOUN_CASES, ids=[c[0] for c in PRONOUN_CASES])
def test_story_attribution_pronoun_speaker(case):
    _id, a, b, want = case
    got = _attribution(a, b)
    assert bool(got) is want, got
    assert not [g for g in got if "Brisk" in g], got


# Session 13: a quote's statement is every sentence it spans, and the next direct quote
# with no speaker and no cue of its own continues it (news style); the loaded outlet may
# report any of those sentences. A next quote with its own speaker is another statement.
SPANNING = ('"The ferry line cannot survive another winter of losses. We did not take this '
            'lightly," owner Ivo Brant told a news conference at the Tarn depot on Friday.')
CONTINUED = ('"We are doing everything we can for the crews," owner Ivo Brant told reporters '
             'at the Tarn depot on Friday. "The night crossings will stop until the hulls '
             'are inspected."')
ANOTHER = ('"We are doing everything we can for the crews," owner Ivo Brant told reporters '
           'at the Tarn depot on Friday. "The night crossings will stop until the hulls are '
           'inspected," harbour master Ona Vell said.')
LETTER = "In a letter posted on the company website late on Sunday night, Ivo Brant "

STATEMENT_CASES = [
    ("a quote of two sentences: the other one reported",
     SPANNING, LETTER + 'claimed that "the ferry line cannot survive another winter of losses".',
     True),
    ("the next unattributed quote continues the speaker",
     CONTINUED, LETTER + "admitted that the night crossings would stop until the hulls were "
     "inspected.", True),
    ("near miss: the next quote has its own speaker",
     ANOTHER, LETTER + "admitted that the night crossings would stop until the hulls were "
     "inspected.", False),
]


@pytest.mark.parametrize("case", STATEMENT_CASES, ids=[c[0] for c in STATEMENT_CASES])
def test_story_attribution_statement_sentences(case):
    _id, a, b, want = case
    got = [g for g in _attribution(a, b) if "Brant" in g]
    assert bool(got) is want, got


# Session 13: one surname in two outlets' spellings (a letter written in one, spelled out or
# without its accent in the other) is one speaker (attribution.one_speaker); another surname
# that shares its first letters is not.
SPELLINGS = [
    ("a spelled-out letter: Årdal / Aardal", "Ola Aardal", "Ola Årdal", True),
    ("an accent left out: Marroquín / Marroquin", "Inés Marroquin", "Inés Marroquín", True),
    ("near miss: another surname, Årdal / Arden", "Ola Arden", "Ola Årdal", False),
]


@pytest.mark.parametrize("case", SPELLINGS, ids=[c[0] for c in SPELLINGS])
def test_story_attribution_one_speaker_two_spellings(case):
    _id, plain, loaded, want = case
    a = ("Speaking at the Tarn depot on Friday after a long meeting with the port board, "
         f"Transport Minister {plain} said the budget could not stretch any further for the "
         "ferry wages.")
    b = (f"In a letter posted late on Sunday night, Transport Minister {loaded} claimed the "
         'budget "could not stretch any further" for the ferry wages.')
    got = _attribution(a, b)
    assert bool(got) is want, got
