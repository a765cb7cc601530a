"""A shared quote's line tells every place its two quotes part (session 31: session 30's
held-out read, now dev t181 and t185, found all four of its wrongs in one class, a changed
quote told as shared words):

- a quote one outlet extends past where the other closes it ("… by the council" / "… by
  the council, and by the contractors who built the roof") is no "more shared quote": it
  is told as quoted in part, with the words the other adds;
- a word put for another beside words dropped ("never cut the corners that matter" /
  "never cut any corners") is told whole, not as the one word or the words dropped alone;
- one name spelled two ways is no difference ("Halvorsen" / "Halvorssen"): a quote whose
  other sentence one outlet cuts is told by its cut, not by the spelling; a quote that
  differs only in the spelling is a shared quote.

Near misses keep their reading: a true one-word swap is told as that one swap; a quote in
the same words is counted as shared; a fragment the outlet's own sentence trims at a
quote's edge is still the same words, the other giving more of it, and the outlet's own
words beside a woven fragment ('said the inspectors had "found cracks …"') are no words
it lacks. Invented articles (fictional Varnholt, its pool, Mayor Ilka Doran, outlets the
Varnholt Ledger and the Coastline Post)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.shared_quote import MAX_TOLD_PLACES

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The Varnholt town pool closed on Monday after inspectors found cracks in its roof."
LEAD_B = "Varnholt shut its public pool on Monday when cracks were found in the roof."
OUTLETS = ("Varnholt Ledger", "Coastline Post")
# the first quote both give whole, so the quote under test is a further one (the tail)
MAYOR_A = ('Mayor Ilka Doran said: "We closed the pool because the roof was unsafe. Nobody '
           'will swim there until it is fixed."')
MAYOR_B = ('"We closed the pool because the roof was unsafe. Nobody will swim there until it '
           'is fixed," Mayor Ilka Doran said.')


def _shared(a: str, b: str) -> list:
    return support.tail_findings((LEAD_A, MAYOR_A), (LEAD_B, MAYOR_B), a, b, OUTLETS,
                                 "Varnholt pool")


# (id, a's further paragraph, b's, words the line must show, words it must not show)
TAIL = [
    ("a quote one outlet extends is quoted in part, not shared",
     'Staff complaints about leaks had been "ignored for months by the council, and by the '
     'contractors who built the roof," union head Tomas Reyvik said.',
     'Union head Tomas Reyvik told the Post that the staff had been "ignored for months by '
     'the council."',
     ("1 more quoted in part (Varnholt Ledger adds 'and by the contractors who built the roof')",),
     ("more shared quote",)),
    ("a word put for another beside words dropped is told whole",
     'In a written statement, builder Oskar Lindqvar said he had "always followed the plans '
     'the council gave us, but never cut the corners that matter" and would cooperate.',
     'Lindqvar, whose firm built the roof, insisted he had "always followed the plans the '
     'council gave us, but never cut any corners" in the work.',
     ("Varnholt Ledger has 'the corners that matter' where Coastline Post has 'any corners'",),
     ("adds 'that matter'", "more shared quote")),
    ("a sentence cut is told, not one name spelled two ways",
     '"Halvorsen built this town a pool. We can thank him for it and still admit the roof '
     'failed," councillor Berit Sand said.',
     '"Halvorssen built this town a pool," councillor Berit Sand said, dismissing the '
     'criticism.',
     ("1 more quoted in part (Varnholt Ledger adds 'We can thank him for it and still…')",),
     ("Halvorssen", "more shared quote", "nearly the same")),
    ("near miss: one name spelled two ways alone is a shared quote",
     '"Halvorsen built this town a pool and every family here has used it," councillor Berit '
     'Sand said.',
     '"Halvorssen built this town a pool and every family here has used it," councillor '
     'Berit Sand said.',
     ("; 1 more shared quote (",),
     ("Halvorssen", "nearly the same", "in part")),
    ("near miss: a true one-word swap is told as that swap",
     'In a written statement, builder Oskar Lindqvar said he had "always followed the plans '
     'the council gave us, and never cut the corners that matter" and would cooperate.',
     'Lindqvar, whose firm built the roof, insisted he had "always followed the plans the '
     'council gave us, and never cut the corners that count" in the work.',
     ("1 more nearly the same (Varnholt Ledger has 'matter' where Coastline Post has 'count')",),
     ("more differences", "in part")),
    ("near miss: the same words are a shared quote",
     '"Every family here has used this pool since it opened in 1979," councillor Berit Sand '
     'said.',
     '"Every family here has used this pool since it opened in 1979," said councillor Berit '
     'Sand.',
     ("; 1 more shared quote (",),
     ("nearly the same", "in part")),
    ("near miss: the outlet's own words beside a woven fragment are no words it lacks",
     '"The inspectors found cracks in four of the main beams," councillor Berit Sand said.',
     'Councillor Berit Sand said the inspectors had "found cracks in four of the main beams" '
     'before the vote.',
     ("; 1 more shared quote (",),
     ("The inspectors'", "nearly the same")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", TAIL, ids=[c[0] for c in TAIL])
def test_a_further_quote_is_told_by_every_place_it_parts(case_id, a, b, shown, absent):
    support.one_line_shows(_shared(a, b), case_id, shown, absent)


def test_a_fragment_trimmed_by_the_outlets_sentence_is_still_the_same_words():
    found = support.findings_between(
        LEAD_A + "\n\nMayor Ilka Doran said the pool had to close because \"the roof was "
        'unsafe", and that "nobody will swim there until it is fixed".',
        LEAD_B + "\n\n" + MAYOR_B, OUTLETS, "Varnholt pool", "shared_quote")
    support.one_line_shows(found, "fair fragment",
                           ("quote the same words", "Coastline Post gives more of it"),
                           ("nearly the same", "in part", "adds"))


def test_many_places_are_told_by_the_most_substantive_and_a_count():
    from storylens.findings.shared_quote import SharedQuote, Side
    from storylens.findings.source import _difference

    side = Side("a", 0, 1, 1, None, 0, 1)
    places = (("the", "a"), ("roof", "ceiling"), ("closed", "shut"), ("four", "three"))
    sq = SharedQuote(side, Side("b", 0, 1, 1, None, 0, 1), 5, 0, "words", places[0], places[1:])
    line = _difference(sq, lambda aid: aid.upper())
    assert MAX_TOLD_PLACES == 3
    # the number first, then the most weighty words; the rest counted
    assert "A has 'roof' where B has 'ceiling'" in line
    assert "A has 'four' where B has 'three'" in line
    assert line.endswith("and 2 more differences"), line
    assert "'the'" not in line and "'closed'" not in line


def test_each_further_changed_quote_is_told():
    # two further quotes changed: each one's difference, not "the first: …" alone
    found = _shared(
        'In a written statement, builder Oskar Lindqvar said he had "always followed the plans '
        'the council gave us, and never cut the corners that matter" and would cooperate.\n\n'
        '"Every family here has used this pool since it opened in 1979," councillor Berit Sand '
        'said.',
        'Lindqvar, whose firm built the roof, insisted he had "always followed the plans the '
        'council gave us, and never cut the corners that count" in the work.\n\n'
        '"Every family here has used this pool since it opened in 1981," said councillor Berit '
        'Sand.')
    support.one_line_shows(found, "two changed", (
        "2 more nearly the same (",
        "Varnholt Ledger has 'matter' where Coastline Post has 'count' / ",
        "Varnholt Ledger has '1979' where Coastline Post has '1981'"), ("the first",))
