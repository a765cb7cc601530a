"""Where reported content starts and ends, and who said it: the rules added from the
PolNeAR valid-split error analysis (docs/quotes.md). Invented text (fictional Vellaria);
each rule has near-miss negatives where the same words are not an attribution, or not
this one.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.direct, q.speaker, q.cue, q.text) for q in extract_quotes(doc)]


def _indirect(text: str):
    return [(sp, cue, content) for direct, sp, cue, content in _quotes(text) if not direct]


TABLE = [
    # (text, expected reported (speaker, cue, content) list)
    # -- a coordinated speech verb closes the content before it
    (
        "The mayor promised to reopen the quay and said the ferries would return in May.",
        [
            ("The mayor", "promised", "to reopen the quay"),
            ("The mayor", "said", "the ferries would return in May"),
        ],
    ),
    (  # near miss: "claims" after "and" is a noun, the content runs on
        "The mayor promised to review the contracts and claims of fraud at the quay.",
        [("The mayor", "promised", "to review the contracts and claims of fraud at the quay")],
    ),
    # -- a quote before "X said <clause>" is not X's words
    (
        'In an interview on the "Morning Harbour" show, Minister Rina Vell said the bridge '
        "would reopen in May.",
        [("Minister Rina Vell", "said", "the bridge would reopen in May")],
    ),
    # -- a trailing attribution past the speaker's appositive
    (
        "The quay will reopen in May, said Tomas Orr, a spokesman for the harbour board who "
        "oversees the repairs.",
        [("Tomas Orr", "said", "The quay will reopen in May")],
    ),
    (  # near miss: the appositive comes before the cue; the clause after it is reported
        "Inspector Lina Marr, who leads the inquiry, said the viaduct failed because of corrosion.",
        [("Inspector Lina Marr", "said", "the viaduct failed because of corrosion")],
    ),
    # -- a clause-opening noun phrase is the speaker
    (
        "Engineers from the northern mills and the port authority said the steel was sound.",
        [
            (
                "Engineers from the northern mills and the port authority",
                "said",
                "the steel was sound",
            )
        ],
    ),
    (
        "E.U. leaders warn that the ferry subsidy could lapse next year.",
        [("E.U. leaders", "warn", "that the ferry subsidy could lapse next year")],
    ),
    (  # a plain plural opening the sentence
        "But environmentalists worry that the quay will flood again this winter.",
        [("environmentalists", "worry", "that the quay will flood again this winter")],
    ),
    (  # a name holding a stop word
        "Minister Rina May said the ferries would run through the winter.",
        [("Minister Rina May", "said", "the ferries would run through the winter")],
    ),
    (  # a time phrase after the name is not the speaker
        "Tomas Orr on Wednesday said the tolls would stay.",
        [("Tomas Orr", "said", "the tolls would stay")],
    ),
    (  # near miss: a clause before the cue ("three days after …") is not the subject
        "The vote came three days after the harbour board said the quay was unsafe.",
        [("the harbour board", "said", "the quay was unsafe")],
    ),
    # -- a participle of an attribution verb after a comma shares the sentence's subject
    (
        "The minister closed the quay on Monday, citing cracks in the northern pier.",
        [("The minister", "citing", "cracks in the northern pier")],
    ),
    (
        "The harbour board closed the quay on Monday, promising to reopen it within a month.",
        [("The harbour board", "promising", "to reopen it within a month")],
    ),
    (  # near miss: "including" is no attribution verb
        "The minister closed the quay on Monday, including the ferry ramp.",
        [],
    ),
    (  # near miss: an addressee after the participle is not the content
        "The minister answered the council on Monday, accusing her of delay.",
        [],
    ),
    # -- a clause that quotes a phrase, then ", X said": the clause with its marks
    (
        'The repairs are "well ahead of schedule," the harbour board said.',
        [("the harbour board", "said", 'The repairs are "well ahead of schedule,"')],
    ),
    (  # near miss: a whole-sentence quote stays a direct quote only
        '"The repairs are well ahead of schedule," the harbour board said.',
        [],
    ),
    # -- a bare clause or a later "that" past a time or place phrase
    (
        "Vell said after the vote she would resign.",
        [("Vell", "said", "she would resign")],
    ),
    (
        "Vell says at a rally in Oria, Vellaria, that the tolls will go.",
        [("Vell", "says", "that the tolls will go")],
    ),
    (  # near miss: "urge" takes no bare clause
        "Vell urged in a letter they reconsider the tolls.",
        [],
    ),
    (  # near miss: a subordinator, not a reported clause
        "I write this because I am worried about the quay.",
        [],
    ),
    (  # near miss: a participle after the comma is a new clause, not the place
        "Vell spoke in a statement, noting that the ferries were late.",
        [("Vell", "noting", "that the ferries were late")],
    ),
    # -- progressive cues and long-standing ones
    (
        "The union is warning members that the ferries will stop on Friday.",
        [("The union", "is warning", "that the ferries will stop on Friday")],
    ),
    (  # near miss: the noun
        "The warning to members was clear enough for the crews.",
        [],
    ),
    (
        "Vell has long said that the quay is unsafe for heavy trucks.",
        [("Vell", "has long said", "that the quay is unsafe for heavy trucks")],
    ),
    # -- "CLAUSE, X said, <the narrator's words>": the clause before only
    (
        "The ferries were full, the captain said, and the crew worked late into the night.",
        [("the captain", "said", "The ferries were full")],
    ),
    (
        "The toll rose by a third, the harbour board said in a report, and the ferries lost "
        "riders.",
        [("the harbour board", "said", "The toll rose by a third")],
    ),
    (  # near miss: content on both sides of a parenthetical attribution
        "The viaduct, Vell said, would be rebuilt with steel from the northern mills.",
        [
            ("Vell", "said", "The viaduct"),
            ("Vell", "said", "would be rebuilt with steel from the northern mills"),
        ],
    ),
    # -- a stance verb's object keeps "as" with its predicate, not a time or a new verb
    (
        "Vell described the toll as a burden on the island during the debate on Monday.",
        [("Vell", "described", "the toll as a burden on the island")],
    ),
    (  # near miss: "as" opening a clause ends the object
        "Vell described the toll as he left the chamber.",
        [("Vell", "described", "the toll")],
    ),
    (
        "Vell criticized the harbour board on Wednesday for the delays.",
        [("Vell", "criticized", "the harbour board")],
    ),
    (
        "The board cited the audit as a reason, but stopped short of closing the quay.",
        [("The board", "cited", "the audit as a reason")],
    ),
    # -- a dash dateline is not content
    (
        "PORT VELLA -- The quay will reopen in May, the harbour board said.",
        [("the harbour board", "said", "The quay will reopen in May")],
    ),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_clause_rules(text, expected):
    assert _indirect(text) == expected


def test_quote_before_told_with_addressee_is_attributed():
    # "told the harbour board": the addressee, not a reported clause
    assert _quotes('"We will reopen the bridge by May," Vell told the harbour board.') == [
        (True, "Vell", "told", "We will reopen the bridge by May,")
    ]


def test_phrase_quoted_mid_clause_does_not_inherit_the_previous_speaker():
    text = (
        '"We will rebuild the viaduct," Vell said. Critics in the council called the '
        'plan "a costly gamble that the island cannot afford" on Tuesday.'
    )
    quotes = _quotes(text)
    assert quotes[0] == (True, "Vell", "said", "We will rebuild the viaduct,")
    assert all(sp != "Vell" for direct, sp, _, content in quotes[1:] if direct)


def test_quote_after_a_quote_still_continues_its_speaker():
    # near miss: a new sentence opening with a quote mark goes on with the last speaker
    text = '"We will rebuild the viaduct," Vell said. "The steel is ready and the crews wait."'
    assert _quotes(text)[1] == (True, "Vell", None, "The steel is ready and the crews wait.")
