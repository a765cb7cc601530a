"""Wrong speakers a reviewer found on real articles (docs/quotes.md, "review fixes"),
replayed on invented text (fictional Vellaria), each with a near miss."""

from __future__ import annotations

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.direct, q.speaker, q.cue, q.text) for q in extract_quotes(doc)]


def _direct(text: str):
    return [(sp, cue, content) for direct, sp, cue, content in _quotes(text) if direct]


def test_trailing_attribution_wins_when_the_next_sentence_lost_its_space():
    # "said.The website": the stop of a lower-case word before a capital ends a sentence
    text = (
        "A few groups like the Harbour Party, Vell Watch and Quay Front support her. "
        '"We will probe the level of her links with Oria," the commissioner said.The '
        "website of the group says it is a research body."
    )
    assert _direct(text) == [
        ("the commissioner", "said", "We will probe the level of her links with Oria,")
    ]


def test_dotted_names_stay_one_token():
    # near miss: "Amazon.com" keeps its stop (no lower-case word before it)
    text = (
        'The sale moved to Amazon.com last year. "It is a good deal," said Rina Vell of '
        "Amazon.com in the U.S. office."
    )
    assert _direct(text) == [("Rina Vell of Amazon.com", "said", "It is a good deal,")]


def test_a_demonstrative_is_not_a_speaker():
    text = (
        "The ferry to Oria reopened on Monday. This was welcome as visitors are known to "
        "spend more in the spring."
    )
    assert [q for q in _quotes(text) if q[1] and q[1].lower() == "this"] == []
    text = "The raid on the quay lasted an hour. This attack was a chameleon, the inspector wrote."
    assert _quotes(text) == [(False, "the inspector", "wrote", "This attack was a chameleon")]


def test_a_described_person_and_it_stay_speakers():
    # near miss: a demonstrative before a person noun, and a company's "It said"
    assert _quotes("This official said the quay would reopen in May.") == [
        (False, "This official", "said", "the quay would reopen in May")
    ]
    assert _quotes("Harbour Ltd reported a loss. It said profits would return in May.") == [
        (False, "It", "said", "profits would return in May")
    ]
