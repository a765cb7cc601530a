"""Session 11 tidy items, on invented harbour-town text, with near misses beside each.

* one date test (analysis/datewords) for the name finder and the quote attributor: a
  month before a day ("30th" included) or a year is a date in both;
* a reported clause's subject after "that" whatever the space after it, and the pronouns a
  name tagger may take for a name read from rules/clauses.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens.analysis.datewords import day_or_year, is_month, is_weekday, month_dated
from storylens.analysis.names import extract_entities
from storylens.analysis.quotes.pronouns import clause_subject_names
from storylens.analysis.quotes.tokens import _tokens, date_at
from storylens.models import Article
from storylens.segment import segment


def _doc(text: str):
    return segment(Article(id="a1", source="t", outlet="Test", text=text))


@pytest.mark.parametrize(
    "month,after,expected",
    [
        ("May", "4", True),
        ("Aug.", "12", True),
        ("June", "30th", True),  # a day with its ordinal ending (the name finder lacked it)
        ("June", "2019", True),  # a year (the attributor lacked it)
        ("sept", "04", True),
        ("June", "45", False),  # no day of a month, no year
        ("June", "Carrow", False),  # a month alone may be a given name
        ("Mayor", "4", False),
        ("Friday", "12", False),  # a weekday is read on its own (is_weekday), not here
    ],
)
def test_month_dated(month, after, expected):
    assert month_dated(month, after) is expected


def test_word_tables():
    assert is_month("DEC.") and is_weekday("Tuesday") and not is_weekday("Tues")
    assert day_or_year("31st") and not day_or_year("32") and not day_or_year("19999")


@pytest.mark.parametrize(
    "words,expected",
    [
        ("by May 2019", True),  # a year after the month: a date (new in the shared test)
        ("by Aug 12", True),  # an abbreviation: the date reader's table
        ("by June 30th", True),
        ("by Friday", True),
        ("by June Carrow", False),
        ("by May 45", False),
    ],
)
def test_date_at_shared(words, expected):
    toks = _tokens(words, 0, len(words))
    assert date_at(toks, 1) is expected


@pytest.mark.parametrize(
    "text,names",
    [
        # a day with its ordinal ending ends the name before it, as a bare day did
        ("Harbour master Ana Lund June 30th reopened the north quay.", ["Ana Lund"]),
        ("Harbour master Ana Lund June 30 reopened the north quay.", ["Ana Lund"]),
        ("Harbour master Ana Lund June 2019 reopened the north quay.", ["Ana Lund"]),
    ],
)
def test_names_end_at_dates(text, names):
    got = [e.text for e in extract_entities(_doc(text)) if e.kind in ("person", "other")]
    assert got[:1] == names


def _ent(text, start, kind="other"):
    return SimpleNamespace(text=text, start=start, end=start + len(text), kind=kind)


@pytest.mark.parametrize(
    "text,clause_at,name,expected",
    [
        ("Tom Morrow said that Ana Lund had resigned.", 16, "Ana Lund", True),
        ("Tom Morrow said that  Ana Lund had resigned.", 16, "Ana Lund", True),  # two spaces
        ("Tom Morrow said that\nAna Lund had resigned.", 16, "Ana Lund", True),  # a line break
        ("Tom Morrow said Ana Lund had resigned.", 16, "Ana Lund", True),
        # near misses: five characters that are not "that " open no subject after them
        ("Tom Morrow said thus Ana Lund had resigned.", 16, "Ana Lund", False),
        ("Tom Morrow said that Ana Lund's deputy had resigned.", 16, "Ana Lund", False),
        ("Tom Morrow said that You'll Never Walk had closed.", 16, "You'll Never Walk", False),
        ("Tom Morrow said that It Ferries had closed.", 16, "It Ferries", False),
    ],
)
def test_clause_subject_after_that(text, clause_at, name, expected):
    q = SimpleNamespace(direct=False, speaker_span=(0, 10), start=clause_at, end=len(text) - 1)
    e = _ent(name, text.index(name))
    assert (clause_subject_names([q], [e], text) == [e]) is expected


def test_unreported_framing_by_identity():
    """The story-wide contrasts not reported are told by identity, wherever merge puts them
    (a slice after the shown findings broke when the order changed)."""
    from storylens.findings.summary import _unreported

    shown = [SimpleNamespace(w="hawkish"), SimpleNamespace(w="radical")]
    story = SimpleNamespace(w="warmongering")
    twin = SimpleNamespace(w="hawkish")  # equal words, another object: not reported
    assert _unreported(shown, [*shown, story]) == {id(story)}
    assert _unreported(shown, [story, shown[1], shown[0]]) == {id(story)}
    assert _unreported(shown, [*shown, twin]) == {id(twin)}
    assert _unreported(shown, list(shown)) == set()


@pytest.mark.parametrize(
    "text,name",
    [
        # a month that is also a given name, before a surname: the name's first word
        ("June Carrow, the harbour master, said the ferry would sail at noon.", "June Carrow"),
        ("The ferry will sail at noon, said April Vell, the harbour master.", "April Vell"),
        ("August Tarrin wrote the harbour board's report.", "August Tarrin"),
        ("Harbour master June Carrow said the ferry would sail at noon.", "June Carrow"),
        # near misses: a time preposition or a day before it makes it a date
        ("By June Vell had left the harbour board.", "Vell"),
        ("In June Carrow's ferry sailed for the first time.", "Carrow"),
        ("The fair opened on 30 June Vell Street was closed to traffic.", "Vell Street"),
        # (a month after another month and "and": a list of months, read as before)
        ("Sales fell in April and June Carrow said the ferry would sail anyway.", "Carrow"),
        # "May" is left out (a sentence's modal or wish as often as a name)
        ("May Carrow said the ferry would sail at noon.", "Carrow"),
    ],
)
def test_month_as_given_name(text, name):
    got = [e.text for e in extract_entities(_doc(text)) if e.kind in ("person", "other", "place")]
    assert got[:1] == [name]


def test_month_before_a_lower_case_word_stays_a_date():
    """"August Profits": the article writes "profits" in lower case, so no surname."""
    text = "The August Profits of Vella Ferries rose. The profits came from summer crossings."
    assert "August Profits" not in [e.text for e in extract_entities(_doc(text))]
