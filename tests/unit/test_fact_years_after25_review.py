"""Session 25 review of the year written after a figure (facts25: ``_year_after``,
``_years_ago``): a year after a figure dates the figure only when no preposition or
determiner between them opens another noun phrase the year may date instead ("fined 20,000
crowns over a riot in 2024" is this week's fine for a riot of 2024, still a rival of "fined
70,000 crowns on Friday"; rules/numbers.YEAR_AFTER_NOUN_OPENERS), for "two years ago" as for
a bare year; and a digit-group comma ("40,000") is no clause break when a weekday or a
counted-back year is matched to a figure ("fined Varn 40,000 crowns on Friday and Orm 15,000
crowns on Tuesday": the 15,000 is not Friday's).

Invented text (fictional places and people); the articles are of 2026-11-18.
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

FINE = "The league fined Varn City 70,000 crowns on Friday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # the year dates a noun phrase after the figure, not the figure: this week's fine
    # given two values still conflicts
    (FINE, "The league fined Varn City 20,000 crowns over a riot in 2024.",
     {"70,000 crowns", "20,000 crowns"}),
    (FINE, "The league fined Varn City 20,000 crowns for a riot at its stadium in 2024.",
     {"70,000 crowns", "20,000 crowns"}),
    (FINE, "The league fined Varn City 20,000 crowns over a flare thrown two years ago.",
     {"70,000 crowns", "20,000 crowns"}),
    # near misses kept: the year or "years ago" dates the figure itself, an earlier fine
    (FINE, "Varn City was fined 20,000 crowns in 2024 over a riot.", set()),
    (FINE, "Varn City was fined 20,000 crowns two years ago over a riot.", set()),
    (FINE, "The previous fine, 20,000 crowns, was paid in 2024.", set()),
    # the story's own year after the figure: one event, no past figure
    ("The Orvik family paid 38 million kurons to free the shipowner, police said.",
     "The Orvik family paid 38 million kurons in 2026 to free the shipowner.", set()),
])
def test_year_after_noun_phrase(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


def _times(text: str) -> list[tuple[str, str | None, bool]]:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    return [(m.q.text, m.time, m.past) for _, sm in facts.doc_mentions(doc) for m in sm
            if m.family.startswith(facts.OWNED_FAMILIES)]


@pytest.mark.parametrize(("text", "want"), [
    # a digit-group comma is no clause break: two weekdays, two figures, no telling which
    # is whose (before, "15,000" took Friday across "Orm 15,000": the comma of "40,000"
    # only cut the 40,000's span)
    ("The league fined Varn City 40,000 crowns on Friday and Orm 15,000 crowns on Tuesday.",
     [("40,000 crowns", None, False), ("15,000 crowns", None, False)]),
    ("The league fined Varn City 40 crowns on Friday and Orm 15 crowns on Tuesday.",
     [("40 crowns", None, False), ("15 crowns", None, False)]),
    # a year of a noun phrase after the figure leaves it undated
    ("Varn City was fined 20,000 crowns over a riot in 2024.",
     [("20,000 crowns", "2024", False)]),
    ("Varn City was fined 20,000 crowns in 2024.", [("20,000 crowns", "2024", True)]),
])
def test_times(text: str, want: list) -> None:
    assert _times(text) == want
