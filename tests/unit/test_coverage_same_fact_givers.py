"""An omission's carriers must give the same fact (its measure, referent and moment), not
the same digits; a span and the start date it implies are one fact (issue 12 item 4).

Session 16's held-out read (t41-t50), three of its four wrong omissions: "19 injured" on
Sunday and "19 of the 24 seats" won in 2022 each made the other outlet one of the "2 other
outlets" giving it; the "3" of "at about 3 a.m." gave "3 million euros" spent on a cycle
lane; "held since August 2024" "left out" "19 months" of detention. Each is told here in
new fictional text beside its near miss.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Orsk Post", "Tamberly Herald"]
DAY = "2026-03-14"


def _gives(own: str, other: str, figure: str, published=(DAY, DAY)) -> bool:
    """Whether the article with ``other`` gives the figure ``figure`` of ``own``."""
    ctx = support.verbatim_context([[own], [other]], OUTLETS, ON, published=list(published))
    coverage.carried_facts(ctx)  # the story's index
    index = ctx.__dict__["_coverage_memo"]["index"]
    fact = next(f for f in coverage.facts_of(ctx.documents["a1"]) if f.text == figure)
    return index.gives("a2", fact)


INJURED = "Gunmen attacked two polling stations in Karsby on Sunday, killing three people and injuring 17."


@pytest.mark.parametrize(("other", "gives"), [
    # a past year's seats: another measure at another moment
    ("The Green League won 17 of the district's 30 council seats in 2022.", False),
    # near miss: this week's count of the injured gives it
    ("Seventeen people were injured in the attacks on Sunday, the police said.", True),
    # near misses (review17c): the injured counted beside another year of the sentence,
    # which the fact model may give the count as its time: the same measure gives it
    ("17 people were injured in the attacks, police said, against 40 in the 2019 election.", True),
    ("In 2022 the League won 17 seats; on Sunday 17 people were injured in the attacks.", True),
])
def test_a_count_of_another_moment_gives_no_injured(other, gives):
    assert _gives(INJURED, other, "17") is gives


SPENT = "Councillor Mira Oslen said the city had spent 4 million euros on a harbour promenade last year."


@pytest.mark.parametrize(("other", "gives"), [
    # an hour of the day: no figure
    ("The road collapsed at about 4 a.m. on Tuesday, waking residents of the old town.", False),
    ("The road collapsed at 4am on Tuesday, waking residents of the old town.", False),
    # near miss: the same sum, given
    ("The city spent 4 million euros on its harbour promenade, the councillor said.", True),
])
def test_an_hour_of_the_day_gives_no_sum(other, gives):
    assert _gives(SPENT, other, "4 million euros") is gives


HELD = "Reporter Anka Velis came home on Saturday after 19 months in Ostrelian custody."


@pytest.mark.parametrize(("start", "tells"), [
    ("August 2024", True),  # 19 months before March 2026
    ("August 2025", False),  # seven months: another span
])
def test_a_span_is_told_by_the_month_it_began(start, tells):
    givers = [HELD, "Anka Velis, who had been held for 19 months, thanked the mediators."]
    other = f"Among those freed was the reporter Anka Velis, held since {start} on spying charges."
    ctx = support.verbatim_context([givers, [other]], OUTLETS, ON, published=[DAY, DAY])
    coverage.carried_facts(ctx)
    fact = next(f for f in coverage.facts_of(ctx.documents["a1"]) if f.text == "19 months")
    assert (coverage._elapsed_since(ctx, fact, ["a2"], ["a1"]) == {"a2"}) is tells


def test_a_date_of_odd_digits_reads_no_year() -> None:
    # hostile input (review17c): a publication date whose first four characters are digits
    # to str.isdigit but no decimal number ("²⁰²⁶", superscripts) is no year, not a crash
    other = "The Green League won 17 of the district's 30 council seats in 2022."
    assert _gives(INJURED, other, "17", published=("\u00b2\u2070\u00b2\u2076-03-14", DAY)) is False
