"""Cue words read as nouns, passives and bare numbers are no attribution (a reading of
SemEval default output, third session), each on invented text (fictional Norland)
beside a near miss where the same word is a real cue and must still fire.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    "text",
    [
        # "state" / "states" / "demand" as nouns: no speaker, no cue
        "Norland becomes the latest EU state to ban plastic bags at the coast.",
        "Thirty-three states allow the sale of fireworks, which Norland legalised in 2013.",
        "Rising demand for cheaper ferry tickets strained the harbour budget last winter.",
        # a passive: the subject was revealed, it said nothing
        "New footage has been revealed that could bring detectives closer to the thieves.",
    ],
)
def test_noun_and_passive_cues_report_nothing(text):
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # near misses: the same words as verbs, with a real subject and complement
        ("The harbour board states that the ferry levy will rise in May.",
         "The harbour board", "states"),
        ("Mayor Ana Lund demanded a full audit of the ferry accounts.",
         "Mayor Ana Lund", "demanded"),
        ("The union called for a new rota for the night crews.", "The union", "called for"),
        ("Councillor Pieter Vos promised to reopen the quay before the summer.",
         "Councillor Pieter Vos", "promised"),
        ("Three dockers said the cranes had been idle for a week.", "Three dockers", "said"),
    ],
)
def test_near_misses_still_attribute(text, speaker, cue):
    got = _reported(text)
    assert got, text
    assert got[0][0] == speaker
    assert got[0][1] == cue


def _speakers(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [q.speaker for q in extract_quotes(doc)]


def test_participle_speaker_runs_over_employer_and_title_to_the_name():
    # ", predicting that …" shares the sentence's subject: the employer, the title and
    # the name, not the employer alone ("Norbank UK")
    text = ("Norbank UK economist Kallum Vell is more upbeat, predicting that growth will "
            "reach 1.8 per cent this year.")
    assert _speakers(text) == ["Norbank UK economist Kallum Vell"]


def test_participle_speaker_of_a_plain_name_is_unchanged():
    # near miss: a name followed directly by its verb keeps the name
    text = "Ana Lund opened the new quay on Friday, praising the crews for their speed."
    assert _speakers(text) == ["Ana Lund"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses of the noun readings: an adverbial or an addressee after the cue
        ("Minister Oren Tallis condemned in a statement the closure of the northern quay.",
         "Minister Oren Tallis"),
        ("Dr. Ilse Marrow explained to the visitors the new rules for the ferry crossings.",
         "Dr. Ilse Marrow"),
        ("Pell Varro admitted to taking the harbour funds over three years.", "Pell Varro"),
    ],
)
def test_adverbials_after_a_cue_keep_the_attribution(text, speaker):
    got = _reported(text)
    assert got and got[0][0] == speaker, got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title phrase, then the name in an appositive: the name speaks
        ("Former Norland manager, Pieter Vos, has disclosed that the club will win the cup.",
         "Pieter Vos"),
        ("The harbour board's chief executive, Ana Lund, said the quay would reopen in May.",
         "Ana Lund"),
        # near miss: a name, then a description in the appositive, keeps the name
        ("Ryan Vell, a Norland tax consultant, said the levy would rise in May.", "Ryan Vell"),
    ],
)
def test_a_name_after_a_title_appositive_is_the_speaker(text, speaker):
    got = _reported(text)
    assert got and got[0][0] == speaker, got
