"""Session 40: fact_conflict's measure and time (session 39's held-out wrongs).

- A contest's result after "by" ("now leads the incumbent by 57 votes", "recount hands
  the governorship to Todorova by 57 votes") is a margin whatever verb carries it, as is a
  figure after "a margin of": never a count of the votes themselves ("nearly 1,400 votes
  had been wrongly credited"): held-out t279's wrong, a winning margin set against a count
  of miscredited votes. A tally's second figure ("passed by 31 votes to 18") makes it no
  margin.
- A year or a recurring occasion named relative to the article ("Last year, ...", "Last
  New Year's Eve, ...", "... last summer") dates the figure it stands before or beside:
  "Last New Year's Eve, 143 people were treated" in a 2026 article is a 2025 figure, never
  the "96 ... in 2024" of another outlet (held-out t273's wrong).

Near misses still fire: two margins, two counts, one year's two figures, one occasion's
two figures. Invented text throughout (fictional names, places and outlets); the articles
are of 2026-11-18 (support.fact_pair_findings).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

_CREDITED = ("Nearly 1,400 votes for Todorova had been wrongly credited to incumbent Petar "
             "Margol, the Velsk commission said on Friday.")


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("a", "b", "want"), [
    # a margin against a count of votes: two measures
    ("Social Democrat Anja Todorova now leads incumbent Petar Margol by 57 votes, the Velsk "
     "commission said.", _CREDITED, []),
    ("Velsk recount hands governorship to Todorova by 57 votes", _CREDITED, []),
    ("Todorova beat Petar Margol by a margin of 57 votes, the Velsk commission said.",
     _CREDITED, []),
    ("The Orvan Rovers beat Kessel by three goals, the league said.",
     "The Orvan Rovers scored eleven goals in the Kessel cup, the league said.", []),
    # near misses: two margins, or two counts, that differ still conflict
    ("Social Democrat Anja Todorova now leads incumbent Petar Margol by 57 votes, the Velsk "
     "commission said.",
     "Social Democrat Anja Todorova now leads incumbent Petar Margol by 75 votes, the Velsk "
     "commission said.", [{"57", "75"}]),
    ("Todorova won the Velsk election by 57 votes, the commission said.",
     "Todorova had won the Velsk election by just 75 votes, the commission said.",
     [{"57", "75"}]),
    (_CREDITED, "Nearly 2,100 votes for Todorova had been wrongly credited to incumbent Petar "
     "Margol, the Velsk commission said on Friday.", [{"1,400", "2,100"}]),
])
def test_a_margin_is_no_count(a: str, b: str, want: list[set[str]], aligned: bool) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    if aligned or not want:
        assert sorted(map(sorted, got)) == sorted(map(sorted, want))


@pytest.mark.parametrize(("text", "margin"), [
    ("Todorova now leads Petar Margol by 57 votes.", True),
    ("The recount hands the seat to Todorova by 57 votes.", True),
    ("Councillors backed the Orvan ban by a margin of 13 votes.", True),
    ("The Tessen Wanderers won by three goals.", True),
    # a tally, not a margin: its second figure follows
    ("The Orvan ban passed by 31 votes to 18.", False),
    ("The Orvan ban passed by 31 votes to eighteen.", False),
    ("The Orvan ban was approved by 31 votes against 18.", False),
    # "by" naming an agent or a unit of no contest
    ("Nearly 1,400 votes were wrongly credited to Petar Margol.", False),
    ("The Orvan road was blocked by 40 trucks.", False),
])
def test_margin_reading(text: str, margin: bool) -> None:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    got = [m.margin for _, ms in facts.doc_mentions(doc) for m in ms if m.family == "count"]
    # (a tally's figures are the vote finder's, read as no count at all)
    assert got[:1] == [True] if margin else not any(got)


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("a", "b", "want"), [
    # last year's or last occasion's figure against an older year's: two years
    ("Last New Year's Eve, 143 people were treated for fireworks injuries in Orvan hospitals.",
     "Orvan hospital data show 96 people were treated for fireworks injuries in 2024.", []),
    ("Last year, 143 people were treated for fireworks injuries in Orvan hospitals.",
     "Orvan hospital data show 96 people were treated for fireworks injuries in 2024.", []),
    ("In Orvan, 143 people were treated for heatstroke last summer, the health board said.",
     "The Orvan health board said 96 people were treated for heatstroke in 2024.", []),
    # near misses: one year's or one occasion's two figures still conflict
    ("Last New Year's Eve, 143 people were treated for fireworks injuries in Orvan hospitals.",
     "Last New Year's Eve, 96 people were treated for fireworks injuries in Orvan hospitals.",
     [{"143", "96"}]),
    ("Last year, 143 people were treated for fireworks injuries in Orvan hospitals.",
     "Orvan hospital data show 96 people were treated for fireworks injuries in 2025.",
     [{"143", "96"}]),
    ("Last New Year's Eve, 143 people were treated for fireworks injuries in Orvan hospitals.",
     "Orvan hospital data show 96 people were treated for fireworks injuries in 2025.",
     [{"143", "96"}]),
])
def test_last_occasion_dates_its_figure(a: str, b: str, want: list[set[str]],
                                        aligned: bool) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    if aligned or not want:
        assert sorted(map(sorted, got)) == sorted(map(sorted, want))


@pytest.mark.parametrize(("text", "time"), [
    ("Last New Year's Eve, 143 people were treated.", "2025"),
    ("Last year, 143 people were treated.", "2025"),
    ("Some 143 people were treated last summer.", "2026"),
    ("Some 143 people were treated last Christmas.", "2025"),
    # not the article's relative occasion: another moment's bound, or a week
    ("Some 143 people have been treated since last summer.", "earlier"),
    ("Last week, 143 people were treated.", None),
    ("Last year, 40 people were treated, and this year 143 people were.", None),
])
def test_occasion_time(text: str, time: str | None) -> None:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    got = [m.time for _, ms in facts.doc_mentions(doc) for m in ms if m.q.value == 143]
    assert got == [time]


@pytest.mark.parametrize(("a", "b", "fact"), [
    # two margins of a contest: "the margin", not the vote count the head names
    ("Todorova won the Velsk election by 57 votes, the commission said.",
     "Todorova had won the Velsk election by just 75 votes, the commission said.", "the margin"),
    # near miss: two counts of votes keep the head's name
    ("Todorova won 5,700 votes in the Velsk election, the commission said.",
     "Todorova won 7,500 votes in the Velsk election, the commission said.", "the vote count"),
])
def test_a_margin_is_labelled_so(a: str, b: str, fact: str) -> None:
    got = support.fact_pair_findings(a, b)
    assert [f.detail["fact"] for f in got] == [fact]


_FOUND = ("Porter Anders Quill, 52, found two guests collapsed in a corridor of the Orvan hotel "
          "shortly after 3 a.m. and called emergency services.")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a joined subject's total before its verb: its measure is the verb's, never the first
    # noun's bare count (invented dev d278's wrong: evacuated vs found collapsed)
    ("Around 180 guests and staff were evacuated from the Orvan hotel in the night.", _FOUND, []),
    # ... and a total of two groups is no count of the first alone (the 180 may hold staff)
    ("Around 180 guests and staff were evacuated from the Orvan hotel in the night.",
     "Around 150 guests were evacuated from the Orvan hotel in the night.", []),
    # near misses: two totals alike, or two counts alike, still conflict
    ("Around 180 guests and staff were evacuated from the Orvan hotel in the night.",
     "Around 150 guests and staff were evacuated from the Orvan hotel in the night.",
     [{"180", "150"}]),
    ("Around 180 guests were evacuated from the Orvan hotel in the night.",
     "Around 150 guests were evacuated from the Orvan hotel in the night.", [{"180", "150"}]),
    ("Forty homes and a school were destroyed in Orvan.",
     "Sixty homes and a school were destroyed in Orvan.", [{"forty", "sixty"}]),
])
def test_a_joined_subject_is_a_total(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


_VAULT_BODY = ("The Orvan auditors found 297.8 tonnes of gold in the vaults, where the books "
               "record 312. The gap, 14.2 tonnes, is worth about 1.3 billion dollars.")


@pytest.mark.parametrize(("a", "b", "want"), [
    # an outlet's headline rounding of the finer figure its own body gives (invented dev
    # d267's wrong): no conflict with another outlet's finer figure
    (["Vanished gold: audit exposes 14 tonnes missing from the Orvan vaults", _VAULT_BODY],
     ["Orvan auditors find 14.2 tonnes of gold missing from vaults"], []),
    (["Orvan census counts 3.4 million residents", "The Orvan census found 3.42 million residents."],
     ["The Orvan census found 3.42 million residents, the office said."], []),
    # near misses: an article that never writes the finer value, or another value, conflicts
    (["Vanished gold: audit exposes 14 tonnes missing from the Orvan vaults",
      "The Orvan auditors said the bank had cut its audit staff."],
     ["Orvan auditors find 14.2 tonnes of gold missing from vaults"], [{"14 tonnes", "14.2 tonnes"}]),
    (["Vanished gold: audit exposes 16 tonnes missing from the Orvan vaults", _VAULT_BODY],
     ["Orvan auditors find 14.2 tonnes of gold missing from vaults"], [{"16 tonnes", "14.2 tonnes"}]),
])
def test_an_outlets_own_rounding(a: list[str], b: list[str], want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))
