"""Reports made inside a non-restrictive relative aside (session 38, PolNeAR valid error
analysis: "Mr. Obama, who understood that a legislative push would be fruitless, told his
advisers …", "Laura, who spoke of her early brainstorming discussions …").

Two general causes, both about the aside's clause structure, not about any verb:

* a verb of thought or stance ("believed that", "questioned X", "spoke of X") whose
  subject is the aside's "who" (or a ", which" after a name) found no speaker, where a
  speech verb ("who said …") did: the complement rules now read the relative pronoun as
  the speech rule does;
* the aside's reported words ran on into the main clause when its verb was an ordinary
  finite verb ("…, who said the pier was unsafe, closed it"): they now stop at the
  comma before it, once the aside's own clause has a verb.

Invented text (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article, Document
from storylens.segment import segment


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc: Document = segment(Article(id="a1", source="test", outlet="Test Post", text=text))
    return sorted((text[q.start : q.end], q.speaker) for q in extract_quotes(doc))


CASES = [
    # a "who" aside with a verb of belief: the clause, its speaker the name
    (
        "Mayor Ana Lund, who believed that the pier was unsafe, closed it on Friday.",
        ("that the pier was unsafe", "Mayor Ana Lund"),
    ),
    # an aside after the object of the main clause
    (
        "The harbour board thanked Captain Edda Olund, who doubted that the levy would pass.",
        ("that the levy would pass", "Captain Edda Olund"),
    ),
    # a stance verb with a noun-phrase object ("questioned X")
    (
        "Councillor Brit Halm, who has questioned the Velm ferry subsidy, voted against it.",
        ("the Velm ferry subsidy", "Councillor Brit Halm"),
    ),
    # a ", which" aside after a named body
    (
        "The fine came from Velm Port Authority, which believes that the ferry line had cheated.",
        ("that the ferry line had cheated", None),
    ),
    # a speech verb's aside stops before the main clause's own past-tense verb
    (
        "Mayor Ana Lund, who said the pier was unsafe, closed it on Friday.",
        ("the pier was unsafe", "Mayor Ana Lund"),
    ),
    # ... an irregular one
    (
        "Pilot Ivo Marsk, who says the channel is too shallow, sent a new survey.",
        ("the channel is too shallow", "Pilot Ivo Marsk"),
    ),
    # a ", which" aside of a speech verb with a named subject
    (
        "The Velm Commission, which said the ferry line had cheated, levied a fine.",
        ("the ferry line had cheated", None),
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_aside_report(text: str, expected: tuple[str, str | None]) -> None:
    got = _quotes(text)
    content, speaker = expected
    match = [q for q in got if q[0] == content]
    assert match, got
    if speaker is not None:
        assert match[0][1] == speaker, got
    # never the main clause's words
    assert not any(q[0].endswith(("closed it on Friday", "levied a fine", "sent a new survey", "voted against it")) for q in got), got


NEAR_MISSES = [
    # a restrictive relative: a class of people, no named source; nothing reported
    ("Many fishermen who believe that the levy is unfair stayed home on Friday.", []),
    # a "which" aside of a thing with no verb of saying or thought: no report
    ("The Velm ferry, which sailed at noon, reached the quay by dusk.", []),
]

# a present in "-s" after the comma is no main verb: a plural noun reads the same
PLURALS = [
    (
        "Captain Edda Olund, who said prices, wages and rents were rising, left early.",
        "prices",
    ),
]


@pytest.mark.parametrize("text,cut", PLURALS)
def test_plural_is_no_main_verb(text: str, cut: str) -> None:
    assert not any(q[0] == cut for q in _quotes(text)), _quotes(text)


@pytest.mark.parametrize("text,expected", NEAR_MISSES)
def test_aside_near_miss(text: str, expected: list) -> None:
    assert _quotes(text) == expected


def test_participle_in_the_aside_is_no_main_verb() -> None:
    """A participle right after the reported clause's subject ("the quay, damaged in
    May") is no main verb: the clause before it has no verb of its own yet, so the
    reported words are not cut there."""
    text = "Mayor Ana Lund, who said the quay, damaged in May, was closed for good, left early."
    got = _quotes(text)
    assert not any(q[0] == "the quay" for q in got), got


def test_aside_without_main_clause_runs_to_the_end() -> None:
    """ "…, who says she is honoured." has no main clause after it: the words run on."""
    text = "The prize went to Captain Edda Olund, who says she is honoured."
    got = _quotes(text)
    assert ("she is honoured", "Captain Edda Olund") in got, got


def test_who_after_a_common_noun_is_no_speaker() -> None:
    """ "told reporters, who had asked for it": the "who" is the listeners', not a named
    speaker's; the stance rules read a relative "who" only after a name."""
    text = "The levy was dropped in May, the mayor told reporters, who had asked for it."
    assert not any(q[0] == "it" for q in _quotes(text)), _quotes(text)
