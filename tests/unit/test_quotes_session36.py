"""Session 36 (quotes36): one value of a closed scale put for another inside a quote.

A one-word swap is shown only when the optional word table puts its two words far apart
(quotes.swap_changes_meaning); without the table every swap is hidden as wording. A word
of a closed scale of time or direction put for another of the same scale is no synonym an
editor picks: "by Sunday morning" / "by Sunday evening", "by the summer" / "by the
spring", "until last week" / "until last month", "the north gate" / "the south gate"
tell another time or place, as a weekday or a month does (rules.quote_changes DAY_PARTS,
SEASONS, COMPASS_POINTS, DEICTIC_TIME_WORDS with CALENDAR_UNITS;
quote_diff._value_swap). Near misses stay hidden or no finding: two words of one value
("north" / "northern"), a turn of phrase ("at the last minute" / "at the last second"),
an open-class swap ("the main gate" / "the north gate"), punctuation, an article, a
British/American spelling, a neutral cut.

Invented text: the harbour town of Dunmere Quay, harbour master Orla Pennick, the outlets
Saltmarsh Courier and Harrow Bay Times.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes
from storylens.options import Options

ON = Options(quote_changes=True)
OUTLETS = ("Saltmarsh Courier", "Harrow Bay Times")
LEDE_A = ("DUNMERE QUAY - A storm surge breached the sea wall at Dunmere Quay on Monday, "
          "flooding the fish market and cutting power to the harbour.")
LEDE_B = ("DUNMERE QUAY - The fish market at Dunmere Quay was flooded on Monday after a storm "
          "surge broke through the sea wall and cut power to the harbour.")
TAIL = " The town council will meet on Thursday to discuss repairs."


def _changes(quote_a: str, quote_b: str) -> list:
    a = f'{LEDE_A}\n\n"{quote_a}," harbour master Orla Pennick told reporters.{TAIL}'
    b = f'{LEDE_B}\n\n"{quote_b}," harbour master Orla Pennick told reporters.{TAIL}'
    return list(support.quote_changes_of(a, b, OUTLETS, ON))


CASES = [
    # (id, one outlet's quote, the other's, a change shown)
    # a part of the day, a season, a deictic calendar period, a compass point: another value
    ("morning-evening",
     "We expect the power to be back at the harbour by Sunday morning",
     "We expect the power to be back at the harbour by Sunday evening", True),
    ("summer-spring",
     "The fish market will not reopen before the summer at the earliest",
     "The fish market will not reopen before the spring at the earliest", True),
    ("autumn-winter",
     "The new sea wall will be finished by the autumn, if the money arrives",
     "The new sea wall will be finished by the winter, if the money arrives", True),
    ("last-week-month",
     "We warned the council about the cracks in the sea wall last week",
     "We warned the council about the cracks in the sea wall last month", True),
    ("next-year-decade",
     "The harbour will need a new sea wall within the next year or it will fail",
     "The harbour will need a new sea wall within the next decade or it will fail", True),
    ("north-south-gate",
     "The water came over the wall at the north gate of the fish market",
     "The water came over the wall at the south gate of the fish market", True),
    # near misses: one value written two ways, a turn of phrase, an open-class word
    ("north-northern",
     "The water came over the wall at the north gate of the fish market",
     "The water came over the wall at the northern gate of the fish market", False),
    ("last-minute-second",
     "We moved the trawlers out of the harbour at the last minute before the surge",
     "We moved the trawlers out of the harbour at the last second before the surge", False),
    ("main-north-gate",
     "The water came over the wall at the main gate of the fish market",
     "The water came over the wall at the north gate of the fish market", False),
    ("morning-same",
     "We expect the power to be back at the harbour by Sunday morning",
     "We expect the power to be back at the harbour by Sunday morning.", False),
    # trivial changes stay no finding: an article, a spelling, a neutral cut
    ("article",
     "We will rebuild the sea wall stronger than it was before the storm",
     "We will rebuild a sea wall stronger than it was before the storm", False),
    ("spelling",
     "The harbour will need a new sea wall and the council must find the money",
     "The harbor will need a new sea wall and the council must find the money", False),
    ("neutral-cut",
     "We will rebuild the sea wall stronger than it was before the storm, as this town always has",
     "We will rebuild the sea wall stronger than it was before the storm", False),
    # the changes of meaning the finder already showed still fire
    ("number",
     "We lost forty boats in the surge and the market will be shut for weeks",
     "We lost fourteen boats in the surge and the market will be shut for weeks", True),
    ("negation",
     "The sea wall was inspected last year and the engineers found it was safe",
     "The sea wall was inspected last year and the engineers found it was not safe", True),
]


@pytest.mark.parametrize("case,quote_a,quote_b,change", CASES, ids=[c[0] for c in CASES])
def test_quotes_session36_value_swaps(case, quote_a, quote_b, change):
    assert bool(_changes(quote_a, quote_b)) is change, case


def test_value_swap_is_said_as_a_date():
    """The summary and the explanation say a time changed, not 'wording changed'."""
    found = _changes("We expect the power to be back at the harbour by Sunday morning",
                     "We expect the power to be back at the harbour by Sunday evening")
    assert len(found) == 1
    d = found[0].detail
    assert d["change"] == "place" and d["meaningful"] is True
    assert "a date changed" in found[0].summary
    assert "another time" in d["explanation"]


@pytest.mark.parametrize("a,b,kind", [
    ("restored by Sunday morning at the latest", "restored by Sunday evening at the latest", "place"),
    ("until last week nobody told us about it", "until last month nobody told us about it", "place"),
    ("the trawlers sailed to the east harbour at noon", "the trawlers sailed to the west harbour at noon",
     "place"),
    # "this week" / "this weekend": not a calendar unit swap of another length -> still a change
    ("we will reopen the fish market this week", "we will reopen the fish market this weekend", "place"),
    ("at the last minute we moved the boats", "at the last second we moved the boats", "swap"),
])
def test_value_swap_kinds(a, b, kind):
    assert compare_quotes(a, b)["change"] == kind


# A fragment of the quote given again elsewhere in one article (a later paragraph that
# quotes its last words) is that quote's own words, not another sentence of the remark:
# it no longer hides the quote's change (quotes._has_other_partner, _repeats; invented dev
# d245's shape, session 36). A fragment of another sentence still does.
REPEAT_A = (f"{LEDE_A}\n\nThe harbour master said the warnings had gone unheard. \"I told the "
            "council on Sunday that the wall was cracking, and they told me to stop worrying,\" "
            "Orla Pennick said.\n\nEngineers will inspect the wall on Wednesday.")


def _repeat_b(day: str, fragment: str) -> str:
    return (f"{LEDE_B}\n\n\"I told the council on {day} that the wall was cracking, and they told "
            f"me to stop worrying,\" harbour master Orla Pennick said.\n\nShe said the council had "
            f"not answered her letters. \"{fragment},\" Pennick repeated.\n\n"
            "Engineers will inspect the wall on Wednesday.")


@pytest.mark.parametrize("case,day,fragment,change", [
    # the later fragment repeats the changed quote's own words: the day's change is shown
    ("fragment-of-quote", "Saturday", "They told me to stop worrying", True),
    # the same day: no change whatever the fragment
    ("fragment-same-day", "Sunday", "They told me to stop worrying", False),
])
def test_repeated_fragment_does_not_hide_change(case, day, fragment, change):
    found = support.quote_changes_of(REPEAT_A, _repeat_b(day, fragment), OUTLETS, ON)
    assert any(f.detail["change"] == "place" for f in found) is change, case
