"""A weekday and a date can name one day: a Thursday piece's "rose to more than 1,800 on
Wednesday" is a later reading of the count Wednesday's pieces give as "some 1,400", not
a figure of another moment, so the Thursday outlet does not leave the 1,400 out.
Held-out t141 (session 26): "tervan-voice leaves out the figure '14,000'" of the outlet
giving Wednesday's "more than 18,000". Invented text (the fictional Orvel valley); the
near misses keep the omission: a weekday before the givers' day, a week apart, an
undated article, two dates."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from storylens.findings import coverage as C
from storylens.models import Article
from storylens.options import Options


def _m(article: str, time: str | None) -> SimpleNamespace:
    return SimpleNamespace(article=article, time=time, q=SimpleNamespace(sentence=f"{article}:s0", start=0))


@pytest.mark.parametrize("published, weekday, date, one", [
    ("2026-07-16", "wd:wednesday", "2026-07-15", True),  # Thursday's "on Wednesday"
    ("2026-07-15", "wd:wednesday", "2026-07-15", True),  # the same day
    # near misses
    ("2026-07-16", "wd:tuesday", "2026-07-15", False),  # the day before
    ("2026-07-23", "wd:wednesday", "2026-07-15", False),  # a week later
    (None, "wd:wednesday", "2026-07-15", False),  # no day to read the weekday from
    ("2026-07-16", "2026-07-14", "2026-07-15", False),  # two dates
])
def test_a_weekday_and_a_date_name_one_day(published, weekday, date, one):
    ctx = SimpleNamespace(_coverage_days={"a2": published}, sentences={})
    assert C._one_day(ctx, _m("a1", date), _m("a2", weekday)) is one
    assert C._one_day(ctx, _m("a2", weekday), _m("a1", date)) is one


# three outlets' own words on Wednesday 15 July (copies of one text would be one voice)
GIVERS = [
    ["Floods have killed some 1,400 head of cattle in the Orvel valley, regional officials said.",
     "Rescue teams from Tarnow worked through the night with boats.",
     "Governor Ilse Marrant said the valley road would stay closed for a week."],
    ["About 1,400 head of cattle have died in the Orvel valley since the river burst its banks.",
     "Governor Ilse Marrant, who flew over the valley, called it the worst slide in memory.",
     "Teams from Tarnow were still digging at dusk."],
    ["Floodwater has killed some 1,400 head of livestock in the Orvel valley.",
     "Ilse Marrant, the regional governor, asked the army for heavy diggers.",
     "Villagers in Tarnow opened their church to families with nowhere to sleep."],
]
OWN = ["Rain kept falling on the Orvel valley as rescue teams from Tarnow searched the mud.",
       "Governor Ilse Marrant said the valley road would stay closed for a week.",
       "Farmers who lost their herds were sleeping in the Orvel school gym."]


# two lines every outlet shares (aligned sentences: the four tell one story)
RAIL = "The regional rail line to Tarnow was also cut, the operator Norvia Rail said on Wednesday."
ROAD = "Schools across the Orvel district will remain closed until the end of the week, the council said."


def _omitted(update: str | None, published: str) -> bool:
    """Whether the last outlet (its ``update`` as its lede, dated ``published``) is said to
    leave out the 1,400 cattle three outlets gave on Wednesday 15 July."""
    texts = [[*t, RAIL, ROAD] for t in GIVERS] + [[*([update] if update else []), *OWN, RAIL, ROAD]]
    days = ["2026-07-15"] * 3 + [published]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", published=days[i],
                    text="\n\n".join(t)) for i, t in enumerate(texts)]
    from storylens.pipeline import compare_articles

    comp = compare_articles(arts, replace(Options(), fact_coverage=True))
    return any(f.type == "omission" and f.detail["outlet"] == "Outlet D"
               and "1,400" in f.detail["fact"]["text"] for f in comp.findings)


def test_a_later_count_on_the_givers_day_is_no_omission():
    update = ("The number of animals killed in the valley rose to more than 1,800 on Wednesday as "
              "the army brought in pumps.")
    assert not _omitted(update, "2026-07-16")


@pytest.mark.parametrize("update", [
    # a count of the day before the givers' is no later reading of theirs
    "The number of animals killed in the valley rose to more than 1,800 on Tuesday as the army brought "
    "in pumps.",
    None,  # nothing
])
def test_near_miss_another_day_or_nothing_leaves_the_omission(update):
    assert _omitted(update, "2026-07-16")


@pytest.mark.parametrize("update", [
    # a weekday still ahead is the next such day, not the last (review27c): a Tuesday
    # piece's forecast for Wednesday is no later reading of the week before's count
    "The number of animals killed in the valley is expected to pass 1,800 on Wednesday, officials said.",
])
def test_near_miss_a_count_ahead_leaves_the_omission(update):
    assert _omitted(update, "2026-07-21")


def test_a_later_count_in_a_piece_six_days_on_is_no_omission():
    # the near miss of the rows above: told as done, "on Wednesday" is the last one
    update = ("The number of animals killed in the valley rose to more than 1,800 on Wednesday as "
              "the army brought in pumps.")
    assert not _omitted(update, "2026-07-21")
