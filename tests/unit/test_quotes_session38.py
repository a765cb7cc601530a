"""A shared quote carried past one number put for another (session 38, quotes38).

Invented held-out t255 (session 37): two outlets gave one statement whole, "We have been
waiting three years for this agreement …" / "… two years …"; the shared-quote finder's
run stopped at the swapped number, so the two body quotes were not linked and only a
4-word headline fragment was left to tell 'three' from 'two'. A run now goes on past one
number swapped for another (shared_quote._numbers_swapped, _extend) when at least
MIN_SWAP_RESUME words match again past it, and the line names the two figures.

Near misses stay as they were: a swapped article, pronoun or verb form inside the quote
stops the run; one number written two ways ("3" / "three") is no swap; a number near the
quote's edge keeps the edge reader's phrase; two named people who say like words with
another figure are two statements. Invented articles (fictional Tallisk, its nurses'
union leader Marta Vell, harbour pilot Oren Daske; outlets the Brindle Echo and the
Harrowgate Ledger)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.shared_quote import MIN_SWAP_RESUME, _extend, _numbers_swapped

pytestmark = pytest.mark.usefixtures("shared_quotes_on")


@pytest.mark.parametrize("a, b, swapped", [
    ("three", "two", True),
    ("40", "45", True),
    ("six", "60", True),
    # near misses: one number two ways, and words that are no number
    ("3", "three", False),
    ("a", "the", False),
    ("we", "they", False),
    ("was", "is", False),
    ("organise", "organize", False),
    ("never", "always", False),
    ("no", "one", False),
])
def test_numbers_swapped(a, b, swapped):
    assert _numbers_swapped(a, b) is swapped


def _keys(text: str) -> list[str]:
    return text.lower().split()


@pytest.mark.parametrize("a, b, carried", [
    # the run "years for this ward and nobody answered us" found first, carried back past
    # the swapped figure to the quote's start
    ("we have been waiting three years for this ward and nobody answered us",
     "we have been waiting two years for this ward and nobody answered us", True),
    # only three words before the figure: the edge reader's
    ("we have waited three years for this ward and nobody answered us",
     "we have waited two years for this ward and nobody answered us", False),
    # near misses: an article, a pronoun, a verb form swapped there
    ("we have waited the years for this ward and nobody answered us",
     "we have waited those years for this ward and nobody answered us", False),
    ("they have waited long years for this ward and nobody answered us",
     "we have waited long years for this ward and nobody answered us", False),
    ("we had waited long years for this ward and nobody answered us",
     "we have waited long years for this ward and nobody answered us", False),
])
def test_extend_past_a_swapped_number(a, b, carried):
    ka, kb = _keys(a), _keys(b)
    i = ka.index("years")
    j = kb.index("years")
    n = len(ka) - i
    i0, i1, j0, j1, matched, edits = _extend(ka, i, kb, j, n)
    assert (i0 == 0 and j0 == 0) is carried, (i0, j0, matched, edits)
    if carried:
        assert edits == 1 and matched == len(ka) - 1


def test_a_number_near_the_edge_does_not_carry_the_run():
    # fewer than MIN_SWAP_RESUME words past the number: the edge reader tells the phrase
    ka = _keys("the boats reached the trawler and we have contact with three men now")
    kb = _keys("the boats reached the trawler and we have contact with four men now")
    assert len(ka) - ka.index("three") - 1 < MIN_SWAP_RESUME
    i1 = ka.index("three")
    _, a1, _, _, _, edits = _extend(ka, 0, kb, 0, i1)
    assert a1 == i1 and edits == 0


OUTLETS = ("Brindle Echo", "Harrowgate Ledger")
LEAD_A = "Nurses at the Tallisk general hospital walked out on Tuesday over pay, the union said."
LEAD_B = "Nurses in Tallisk staged a walkout at the general hospital on Tuesday in a row over pay."


def _lines(qa: str, qb: str, who_a: str = "union leader Marta Vell",
           who_b: str = "union leader Marta Vell", kind: str = "shared_quote") -> list[str]:
    a = support.page("Tallisk nurses strike", LEAD_A, f'"{qa}," {who_a} said.')
    b = support.page("Nurses walk out in Tallisk", LEAD_B, f'"{qb}," said {who_b}.')
    return [f.summary for f in support.findings_between(a, b, OUTLETS, "Tallisk strike", kind)]


ASKED = "We have asked for this ward for {} years, and nobody at the ministry has answered us"
WAITED = "the ward has waited {} years for a single new bed, and the beds we have are broken"


@pytest.mark.parametrize("template, x, y", [
    (ASKED, "four", "six"),
    (WAITED, "four", "five"),
], ids=["asked", "waited"])
def test_a_swapped_number_is_named_in_the_shared_quote(template, x, y):
    lines = _lines(template.format(x), template.format(y))
    assert len(lines) == 1, lines
    assert f"Brindle Echo has '{x}' where Harrowgate Ledger has '{y}'" in lines[0], lines
    assert "nearly the same words" in lines[0], lines
    # quote_changed tells it too, as before
    changed = _lines(template.format(x), template.format(y), kind="quote_changed")
    assert len(changed) == 1 and "a number changed" in changed[0], changed


@pytest.mark.parametrize("qa, qb", [
    ("We have asked for this ward for years, but nobody at the ministry has answered us, and "
     "the nurses are tired of waiting",
     "We have asked for this ward for years, but nobody at the ministry has answered them, and "
     "the nurses are tired of waiting"),
    ("We have asked for this ward for years, but nobody at the ministry has answered, and the "
     "nurses are tired of waiting",
     "We have asked for this ward for years, but nobody at the ministry had answered, and the "
     "nurses are tired of waiting"),
    ("We have asked for the ward for years, but nobody at the ministry has answered us about the "
     "beds or the staff",
     "We have asked for a ward for years, but nobody at the ministry has answered us about the "
     "beds or the staff"),
], ids=["pronoun", "tense", "article"])
def test_near_miss_other_swapped_words_do_not_carry_the_run(qa, qb):
    # the run stops at the swapped word: neither part is MIN_CUT_SHARE of the quote, and no
    # line tells the two as one quote
    assert _lines(qa, qb) == []


def test_near_miss_two_named_people_with_another_figure_stay_apart():
    lines = _lines(ASKED.format("four"), ASKED.format("six"), who_b="harbour pilot Oren Daske")
    assert lines == [], lines
