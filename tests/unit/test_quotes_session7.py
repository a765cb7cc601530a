"""Rules of the seventh session (docs/quotes.md, "Seventh session"), on invented text
(fictional Vellaria), each with its near misses."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause on the speaker after an inverted trailing attribution
        (
            'The ferries are "running on borrowed time," said Ana Lund, who has run the '
            "harbour board since the storm of 2029 hit the coast.",
            [("Ana Lund", "said", 'The ferries are "running on borrowed time,"')],
        ),
        # a role with no article (AP style) after the name
        (
            "The quay will not reopen before May, says Piet Vell, founder and chief "
            "executive of the Oria Pilots Guild.",
            [("Piet Vell", "says", "The quay will not reopen before May")],
        ),
        # a long adverbial after the cue: where and to whom it was said
        (
            "The ferries were late again, Lund wrote in an email to the harbour board's "
            "new chairman.",
            [("Lund", "wrote", "The ferries were late again")],
        ),
        (
            "The ferries were late again, Lund said at a press conference in Oria on Tuesday.",
            [("Lund", "said", "The ferries were late again")],
        ),
    ],
)
def test_trailing_attribution_with_a_described_speaker_or_long_adverbial(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near miss: "to" after the cue is its own infinitive, not an adverbial; the
        # clause before the comma is the narrator's
        (
            "Since the pilots had no contract, the board agreed to pay them until the "
            "end of the month.",
            [("the board", "agreed", "to pay them until the end of the month")],
        ),
        # near miss: a lower-case plural after the comma is no description of a name
        (
            "The quay reopened on Monday, officials said, and ferries were running again "
            "by the evening despite the weather.",
            [("officials", "said", "The quay reopened on Monday")],
        ),
        # near miss: a tail with a clause of its own (a finite verb) is no adverbial
        (
            "The quay is safe, Lund said before the board voted on the new tolls for "
            "the ferries.",
            [],
        ),
    ],
)
def test_trailing_attribution_near_misses(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "However, the repairs will take another year, the harbour board said.",
            [("the harbour board", "said", "the repairs will take another year")],
        ),
        (
            "In addition, the board plans to publish the inspection report soon, a "
            "spokesman announced.",
            [("a spokesman", "announced", "the board plans to publish the inspection report soon")],
        ),
        (
            "As it stands, the port handles a third of the island's freight, according "
            "to the Vellaria Harbour Board.",
            [
                (
                    "the Vellaria Harbour Board",
                    "according to",
                    "the port handles a third of the island's freight",
                )
            ],
        ),
        # near misses: an adverbial of the content itself stays in it
        (
            "In Oria alone, the storm destroyed forty boats, the coast guard said.",
            [("the coast guard", "said", "In Oria alone, the storm destroyed forty boats")],
        ),
        (
            "However laudable the goal, the levy is a mistake, the chamber said.",
            [("the chamber", "said", "However laudable the goal, the levy is a mistake")],
        ),
    ],
)
def test_a_leading_connective_is_not_content(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lund now says she opposes the toll.", [("Lund", "now says", "she opposes the toll")]),
        (
            "The board already said the quay would reopen.",
            [("The board", "already said", "the quay would reopen")],
        ),
        # near miss: "first" before a noun is an adjective, not part of a cue
        ("The first report said the quay was safe.", [("The first report", "said", "the quay was safe")]),
    ],
)
def test_time_adverbs_before_a_cue(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a noun in "-ly" heads a described speaker ("family", "Assembly")
        (
            "The relatives watched the video on Thursday, lawyers for the family said.",
            "lawyers for the family",
        ),
        (
            '"The budget will not pass," the Leader of the Opposition in the Legislative '
            "Assembly told a rally.",
            "the Leader of the Opposition in the Legislative Assembly",
        ),
        # near miss: an adverb in "-ly" before the cue is no head of the speaker
        (
            "The relatives watched the video on Thursday, lawyers for the pilots reportedly said.",
            "lawyers for the pilots",
        ),
    ],
)
def test_a_noun_in_ly_heads_a_described_speaker(text, speaker):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    assert [q.speaker for q in extract_quotes(doc)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a time phrase between the subject and its cue is no part of the speaker
        ("Harbour master Ana Lund on Tuesday said the quay would reopen.", "Ana Lund"),
        (
            "Vellaria's Foreign Ministry on the same day dismissed the accusations from Oria.",
            "Vellaria's Foreign Ministry",
        ),
        ("Mr Vell yesterday urged the pilots to return to work.", "Mr Vell"),
        ("Orvan Freight last week announced it had bought the ferry line.", "Orvan Freight"),
        (
            "The Oria Pilots Guild just this month announced it would strike.",
            "The Oria Pilots Guild",
        ),
        # near misses: a month that is a name, and a time that dates a participle
        ("Theresa May said the quay would reopen.", "Theresa May"),
        (
            "A harbour board report released Friday found that the quay was unsafe.",
            "A harbour board report released Friday",
        ),
    ],
)
def test_a_time_phrase_before_the_cue_is_not_the_speaker(text, speaker):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    assert [q.speaker for q in extract_quotes(doc)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a death, not a claim
        "The storm on Sunday claimed the lives of four pilots in Oria.",
        "The crash claimed many lives in the harbour.",
    ],
)
def test_idioms_and_dated_nouns_are_no_attributions(text):
    assert _quotes(text) == []


def test_a_claim_with_another_object_is_still_one():
    assert _quotes("The pilots claimed the right to strike.") == [
        ("The pilots", "claimed", "the right to strike")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dateline with a spaced hyphen or an agency's tag is no content
        (
            "ORIA - A fire at the harbour killed two pilots, officials said.",
            [("officials", "said", "A fire at the harbour killed two pilots")],
        ),
        (
            "PORT VELLA, Oria (AP) — A man who rammed the quay was charged, officials said.",
            [("officials", "said", "A man who rammed the quay was charged")],
        ),
        # after a dateline a whole direct quote is a direct quote, not reported speech
        ('PORT VELLA -- "We will reopen the quay," the harbour board said.', []),
        # near misses: a hyphen inside a word, a clause quoting a phrase after a dateline
        (
            "Oria-based pilots said the quay was unsafe.",
            [("Oria-based pilots", "said", "the quay was unsafe")],
        ),
        (
            'PORT VELLA -- The quay is "well ahead," the harbour board said.',
            [("the harbour board", "said", 'The quay is "well ahead,"')],
        ),
    ],
)
def test_datelines_are_not_content(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second stance verb of the same subject ends the first object and is read
        (
            "Lund criticized the toll and called for a new ferry line.",
            [("Lund", "criticized", "the toll"), ("Lund", "called for", "a new ferry line")],
        ),
        (
            "The guild has attacked pilots nationwide and blamed delays on the harbour board.",
            [
                ("The guild", "has attacked", "pilots nationwide"),
                ("The guild", "blamed", "delays on the harbour board"),
            ],
        ),
        # "such as" gives an example inside the object, no clause
        (
            "Lund criticized ports such as Oria and called for new tolls.",
            [("Lund", "criticized", "ports such as Oria"), ("Lund", "called for", "new tolls")],
        ),
        # near misses: a second object noun, a noun after "and"
        (
            "Lund criticized the toll and its author.",
            [("Lund", "criticized", "the toll and its author")],
        ),
        (
            "Lund criticized the toll and claims of fraud at the port.",
            [("Lund", "criticized", "the toll and claims of fraud at the port")],
        ),
    ],
)
def test_a_coordinated_stance_verb_ends_the_object(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time phrase between a stance verb and its particle
        ("Lund called Friday for an inquiry.", [("Lund", "called Friday for", "an inquiry")]),
        ("Lund called on Friday for an inquiry.", [("Lund", "called on Friday for", "an inquiry")]),
        ("Lund called last week for an inquiry.", [("Lund", "called last week for", "an inquiry")]),
        # near misses: "called on" a person; a possessed noun is no verb
        ("Lund called on Vell to resign.", [("Lund", "called on", "Vell to resign")]),
        ("Lund's comments Tuesday on the toll came as the quay closed.", []),
    ],
)
def test_a_time_phrase_before_a_particle(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an -ing word with a finite verb soon after is the clause's subject, no participle
        (
            "The first closure went smoothly, Lund said, replacing the quay would be much harder.",
            [
                ("Lund", "said", "The first closure went smoothly"),
                ("Lund", "said", "replacing the quay would be much harder"),
            ],
        ),
        (
            "Lund said planning had begun a year ago.",
            [("Lund", "said", "planning had begun a year ago")],
        ),
        # near miss: the narrator's participle after the attribution
        (
            "The quay was full, Lund said, walking back to the ferries.",
            [("Lund", "said", "The quay was full")],
        ),
        # a name with its own cue after a comma starts the next attribution
        (
            "While she acknowledged the tolls were high, Lund also noted the ferries were full.",
            [
                ("she", "acknowledged", "the tolls were high"),
                ("Lund", "also noted", "the ferries were full"),
            ],
        ),
        # near miss: a place after a comma, no cue of its own
        (
            "Lund said the ferries from Oria, Vellaria, were late.",
            [("Lund", "said", "the ferries from Oria, Vellaria, were late")],
        ),
    ],
)
def test_gerund_subjects_and_a_named_cue_after_a_comma(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number's thousands separator is no clause boundary
        (
            "The top earners would see a cut of $275,000, the board said, compared with $2,700 "
            "for the rest.",
            [("the board", "said", "The top earners would see a cut of $275,000")],
        ),
        # a stance noun before its own verb is no cue ("support was")
        ("But Vellarian support was more solid in the north.", []),
        # near miss: the verb with an object
        (
            "Vellarian pilots support the new rota.",
            [("Vellarian pilots", "support", "the new rota")],
        ),
    ],
)
def test_numbers_and_stance_nouns(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stance form after an article and an adjective is a noun
        ("A big question remains about the quay.", []),
        ("The candidates took questions from pilots at the forum.", []),
        # near misses: after a plural subject or a group noun it is the verb
        (
            "Many pilots question whether the quay is safe.",
            [("Many pilots", "question", "whether the quay is safe")],
        ),
        ("The two pilots question the new rota.", [("The two pilots", "question", "the new rota")]),
        # a fronted adverbial before a mid-sentence attribution is the narrator's
        (
            "During her years in office, Lund said, the quay was never closed.",
            [("Lund", "said", "the quay was never closed")],
        ),
        # near miss: a clause before it is reported
        (
            "The quay, Lund said, was never closed.",
            [("Lund", "said", "The quay"), ("Lund", "said", "was never closed")],
        ),
    ],
)
def test_noun_readings_and_fronted_adverbials(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessed noun ends a described source after "according to"
        (
            "The envoy was summoned on Tuesday, according to the Vellarian Foreign "
            "Ministry's website.",
            [
                (
                    "the Vellarian Foreign Ministry's website",
                    "according to",
                    "The envoy was summoned on Tuesday",
                )
            ],
        ),
        # "state" after a place name is a noun
        ("Chief Minister of Oria state Ana Lund opens the quay in Port Vella.", []),
        (
            "The Oria state attorney general is confirming that the quay is closed.",
            [("The Oria state attorney general", "is confirming", "that the quay is closed")],
        ),
        # near miss: "state" as a verb after a plural subject
        (
            "The harbour rules state that pilots must rest.",
            [("The harbour rules", "state", "that pilots must rest")],
        ),
    ],
)
def test_possessed_sources_and_state_as_a_noun(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negated auxiliary belongs to the cue, not to the speaker
        ("Lund didn't deny the report.", [("Lund", "didn't deny", "the report")]),
        (
            "The harbour master doesn't think the quay is safe.",
            [("The harbour master", "doesn't think", "the quay is safe")],
        ),
        # a stance noun after a preposition and an adjective is a noun
        ("The strike brought a string of violent attacks on pilots.", []),
        ("It came at a time of growing calls for new tolls.", []),
    ],
)
def test_negated_cues_and_nouns_after_prepositions(text, expected):
    assert _quotes(text) == expected


def _speakers(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [q.speaker for q in extract_quotes(doc)]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a name after a possessive ("Oria's Piet Vell") is another person: "He" stays
        (
            "According to Vella Radio, the quay will reopen in May.\n\n"
            "Oria's Piet Vell won the pilots' lottery this year.\n\n"
            "He plans to spend the prize on a new boat.",
            ["Vella Radio", "He"],
        ),
        # a one-word name opening a sentence, written mid-sentence elsewhere
        (
            "Board chair Ana Lund said the quay would reopen.\n\n"
            "The pilots sided with Vell. Vell was aware of the report when he announced "
            "the closure.",
            ["Board chair Ana Lund", "he"],
        ),
        # near miss: a common noun opening a sentence names nobody
        (
            "Board chair Ana Lund said the quay would reopen.\n\n"
            "Cables were cut. Then she said the repairs would take a year.",
            ["Board chair Ana Lund", "Board chair Ana Lund"],
        ),
    ],
)
def test_a_pronoun_is_not_resolved_past_another_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document with its issuers is the whole subject, however long
        (
            "Yet a 2031 study by the Oria Institute and the University of Vellaria at Port "
            "Vella found that pilots sleep too little.",
            [
                (
                    "a 2031 study by the Oria Institute and the University of Vellaria at "
                    "Port Vella",
                    "found",
                    "that pilots sleep too little",
                )
            ],
        ),
        # a document noun after its issuer's name ends the source phrase
        (
            "Lund and Vell are tied, according to a new Harbour Gazette-Vella Radio poll.",
            [
                (
                    "a new Harbour Gazette-Vella Radio poll",
                    "according to",
                    "Lund and Vell are tied",
                )
            ],
        ),
        # near miss: a long subject that is no document stays unread as a whole
        (
            "Yet the pilots of the Oria Institute and the University of Vellaria at Port "
            "Vella said that the quay was safe.",
            [("Port Vella", "said", "that the quay was safe")],
        ),
    ],
)
def test_document_sources(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time adverb between the comma and a continuing "saying"
        (
            "Lund remains confident, now saying the quay is safe.",
            [("Lund", "saying", "the quay is safe")],
        ),
        (
            "Lund remains confident, still saying they think the quay is safe.",
            [("Lund", "saying", "they think the quay is safe")],
        ),
        # near miss: no comma before the adverb, no continuing clause
        ("Lund is now saying goodbye to the pilots.", []),
    ],
)
def test_an_adverb_before_a_continuing_saying(text, expected):
    assert _quotes(text) == expected


def test_number_tokens_stay_linear():
    # a long run of digit groups is scanned once, not once per position
    from storylens.analysis.quotes.tokens import _tokens

    text = "1" + ",000" * 20000 + "0"
    assert len(_tokens(text, 0, len(text))) == 40001
    text = "a cut of $275,000, he said"
    assert [t.text for t in _tokens(text, 0, len(text))][4:7] == ["275,000", ",", "he"]
