"""Rules of the eighth session (docs/quotes.md, "Eighth session"), on invented text
(fictional Vellaria), each with its near misses."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _all(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return extract_quotes(doc)


def _spans(text: str):
    """(speaker, speaker span text, cue) of every quote."""
    return [
        (q.speaker, text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None, q.cue)
        for q in _all(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause set off by commas before the cue is the narrator's aside
        (
            "Mayor Ana Lund, who has run the harbour board since the storm, told her aides to "
            "reopen the quay.",
            [("Mayor Ana Lund", "Mayor Ana Lund", "told")],
        ),
        # after an appositive: the appositive stays, the relative clause goes
        (
            "Piet Vell, president of the Oria Pilots Guild, which represents 400 pilots, said "
            "the ferries were late.",
            [("Piet Vell", "Piet Vell, president of the Oria Pilots Guild", "said")],
        ),
        # a lower-case relative after a name with no title
        (
            "Vell, who has campaigned for the levy since May, blasted the board as reckless.",
            [("Vell", "Vell", "blasted")],
        ),
        # near miss: a restrictive relative inside the appositive is description
        (
            "Marta Quist, a former minister who is a harsh critic of the board, said the "
            "levy was unfair.",
            [
                (
                    "Marta Quist",
                    "Marta Quist, a former minister who is a harsh critic of the board",
                    "said",
                )
            ],
        ),
        # near miss: a trailing description after "said X," keeps its relative clause
        (
            '"The pier is closed," said Piet Vell, who runs the Oria Pilots Guild.',
            [("Piet Vell", "Piet Vell, who runs the Oria Pilots Guild", "said")],
        ),
    ],
)
def test_a_relative_aside_before_the_cue_is_not_the_speaker_phrase(text, expected):
    assert _spans(text) == expected


def test_names_in_the_speakers_aside_do_not_block_a_later_pronoun():
    text = (
        "David Vell, who runs the nearby Wallan River Retreat, said he told his guests to "
        "leave on Sunday.\n\nHe said most residents had already fled to Eden."
    )
    assert [q.speaker for q in _all(text)] == ["David Vell", "David Vell"]


def test_a_name_after_the_speaker_still_blocks_a_later_pronoun():
    # near miss: the other person is named after the cue, in the reported clause
    text = (
        "David Vell said he had warned Marta Quist on Sunday.\n\nHe said most residents "
        "had already fled to Eden."
    )
    assert [q.speaker for q in _all(text)] == ["David Vell", "He"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # initials run together keep their last stop inside a name
        ('"The pier is closed," said Rep. G.K. Vellman (D-Oria), head of the panel.', "Rep. G.K. Vellman"),
        ("According to the V.R. Census Bureau, the island lost 400 people.", "the V.R. Census Bureau"),
        # near miss: a single middle initial, as before
        ('"The pier is closed," said Paul D. Vellman.', "Paul D. Vellman"),
    ],
)
def test_run_together_initials_stay_in_the_name(text, speaker):
    assert [q.speaker for q in _all(text)] == [speaker]


def test_initials_before_one_name_and_a_verb_keep_their_stop_apart():
    # near miss: "V.R." may end an unsplit sentence before "Lund said"; the stop stays a
    # token of its own, so the speaker is read from "Lund" alone
    text = "The ferries came from the V.R. Lund said the crews were tired."
    assert [q.speaker for q in _all(text)] == ["Lund"]


def _reported(text: str):
    return [(q.speaker, q.cue, q.text) for q in _all(text) if not q.direct]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stance verb is not inverted: the words after it are its object
        (
            "Vell, who has campaigned for the levy since May, blasted the board as reckless.",
            [("Vell", "blasted", "the board as reckless")],
        ),
        # near misses: verbs of saying (and "agreed") invert after a clause
        (
            "The ferries will run on Sunday, said the board.",
            [("the board", "said", "The ferries will run on Sunday")],
        ),
        (
            "The ferries will run on Sunday, agreed the pilots' union.",
            [("the pilots' union", "agreed", "The ferries will run on Sunday")],
        ),
    ],
)
def test_stance_verbs_are_not_inverted(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and" with a new subject and its own cue opens the next attribution
        (
            "Pilots said the board had mishandled the repairs and Councillor Vell accused the "
            "mayor of delay.",
            # (the second attribution is read since session 11: "accused X of Y")
            [
                ("Pilots", "said", "the board had mishandled the repairs"),
                ("Councillor Vell", "accused", "the mayor of delay"),
            ],
        ),
        (
            "Vell said the new season offered a fresh start and he urged both sides to "
            "return to the table.",
            [
                ("Vell", "said", "the new season offered a fresh start"),
                ("Vell", "urged", "both sides to return to the table"),
            ],
        ),
        # after a dash as after a comma
        (
            "Lund said the talks would be harder this time -- and she noted that the "
            "pilots had no contract.",
            [
                ("Lund", "said", "the talks would be harder this time"),
                ("Lund", "noted", "that the pilots had no contract"),
            ],
        ),
    ],
)
def test_a_new_subject_with_its_own_cue_ends_the_content(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near miss: two names are one subject of the reported clause
        (
            "The board said Lund and Vell agreed to meet on Friday.",
            [("The board", "said", "Lund and Vell agreed to meet on Friday")],
        ),
        # near miss: no finite verb before "and": a coordinated subject, not a clause
        (
            "The board said the mayor and Vell agreed to meet on Friday.",
            [("The board", "said", "the mayor and Vell agreed to meet on Friday")],
        ),
        # near miss: a possessive is no verb: still a coordinated subject
        (
            "The board said the pilot's lawyer and Vell agreed to meet on Friday.",
            [("The board", "said", "the pilot's lawyer and Vell agreed to meet on Friday")],
        ),
        # near miss: a dash aside with no new subject stays inside
        (
            "The fund predicted that island economies -- which include Oria and Port "
            "Vella -- will grow 1.6 percent.",
            [
                (
                    "The fund",
                    "predicted",
                    "that island economies -- which include Oria and Port Vella -- will "
                    "grow 1.6 percent",
                )
            ],
        ),
    ],
)
def test_a_new_subject_near_misses(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb coordinated with the cue shares its object: no reported words
        ("Would you vote for a man who said and did the same things as Vell?", []),
        ("Residents got bills they never asked for or just were confused by the fees.", []),
        # near miss: a subject after "and" (a comma lost) opens a reported clause
        (
            "There were no arrests, police said and only three people were cited for "
            "drunken behavior.",
            # (the clause before is not read: the attribution does not end the sentence)
            [("police", "said", "and only three people were cited for drunken behavior")],
        ),
    ],
)
def test_a_verb_coordinated_with_the_cue_reports_nothing(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        # a time adverb between the cue and the quote it opens is the narrator's
        (
            '"We cannot afford this," Lund said, adding later, "The levy is costing us a '
            'fortune."',
            '"The levy is costing us a fortune."',
        ),
        # near misses: PolNeAR's content keeps "that," and "things such as," before a quote
        (
            'Lund tweeted that, "For those who knock me for the levy, it is paid."',
            'that, "For those who knock me for the levy, it is paid."',
        ),
    ],
)
def test_a_time_adverb_before_an_opened_quote_is_not_content(text, content):
    assert [q.text for q in _all(text) if not q.direct] == [content]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a description opening the clause, then the name in apposition: the name speaks
        (
            "In a statement, one of the family's attorneys, Justin Vell, said the videos "
            "show the pilot leaving his car.",
            [("Justin Vell", "one of the family's attorneys, Justin Vell", "said")],
        ),
        (
            '"Cheers to the new quay!" one bakery, Sunnyloaf, wrote on its page.',
            [("Sunnyloaf", "one bakery, Sunnyloaf", "wrote")],
        ),
        # near miss: a place before the comma is no description of the speaker
        (
            "In Oria, Vellaria, officials said the quay was unsafe.",
            [("officials", "officials", "said")],
        ),
        # near miss: a name, then its description, as before
        (
            "Ana Lund, the harbour's longest-serving pilot, said the quay was unsafe.",
            [("Ana Lund", "Ana Lund, the harbour's longest-serving pilot", "said")],
        ),
    ],
)
def test_a_description_then_a_name_in_apposition(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inverted "said X" whose X holds a clause verb and its object is no speaker
        (
            "After the storm, the pilot, Ana Lund, said the videos show the quay flooding.",
            [("Ana Lund", "said", "the videos show the quay flooding")],
        ),
        # near misses: nouns and participles inside a described speaker
        (
            "The quay is closed, said the state attorney general.",
            [("the state attorney general", "said", "The quay is closed")],
        ),
        (
            "The quay is closed, said the show host.",
            [("the show host", "said", "The quay is closed")],
        ),
    ],
)
def test_an_inverted_speaker_with_a_clause_verb_is_a_clause(text, expected):
    assert _reported(text) == expected
