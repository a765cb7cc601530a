"""Session 40 (coverage40): one vote told as a tally by some outlets and by its margin
alone by another ("passed by 31 votes to 18" / "by a margin of 13 votes") is one fact in
two forms: the margin is no figure only one outlet gives (held-out t273, session 39's read:
"Only the Gazette gives the figure '13'"; coverage._tells_margin), though the margin alone
still leaves out how many voted each way. Told here with new fictional text beside near
misses that must still fire: a margin of another vote (no shared word), a margin far
from the tally's difference, and an outlet that gives neither form.
"""

from __future__ import annotations

import support

from storylens.findings.coverage import find_additions, find_omissions
from storylens.options import Options

OUTLETS = ["Brisk Post", "Tollen Herald", "Varde Courier", "Quarn Voice"]
LEDE = "Wexley town council voted on Thursday to close the Harrow Street market to lorries."
MAYOR = "Mayor Edda Korven said deliveries would still reach the market at night."
PASSED = "The council passed the lorry ban by 27 votes to 14 after a five-hour debate."
MARGIN = "Councillors backed the lorry ban by a margin of 13 votes after a heated session."
# the margin far from the tally's difference (27 - 14 = 13): another count of something
NARROW = "Councillors backed the lorry ban by a margin of 3 votes after a heated session."
# a margin of another body's vote: no word of the tally's sentence besides the vote's own
OLDER = "The Wexley school board approved a new lunch menu by a margin of 13 votes."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [f"Traders in {town} said the market had lost customers for years.",
            f"A bus driver in {town} said the street was often blocked at dawn.",
            f"Parents in {town} had asked for a safer walk to the school.",
            f"A cafe owner in {town} said deliveries would have to come by night.",
            f"Hotels in {town} expected more visitors next summer."]


def _ctx(own: list[str], options: Options):
    texts = [[LEDE, MAYOR, PASSED, *_colour("Brisk")],
             [LEDE, MAYOR, PASSED, *_colour("Tollen")],
             [LEDE, MAYOR, PASSED, *_colour("Varde")],
             [LEDE, MAYOR, *own, *_colour("Quarn")]]
    return support.verbatim_context(texts, OUTLETS, options)


def _added(own: list[str]) -> set[str]:
    """The figures additions say only Quarn Voice (``own``) gives."""
    ctx = _ctx(own, Options(additions=True))
    return {f.detail["fact"]["text"] for f in find_additions(ctx) if f.detail["outlet"] == "Quarn Voice"}


def _left_out(own: list[str]) -> set[str]:
    """The facts omissions say Quarn Voice (``own``) leaves out."""
    ctx = _ctx(own, Options(fact_coverage=True))
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == "Quarn Voice"}


def test_a_margin_of_the_tallied_vote_is_no_addition():
    assert "13" not in _added([MARGIN])


def test_near_miss_a_margin_far_from_the_tally_is_an_addition():
    assert "3" in _added([NARROW])


def test_near_miss_a_margin_of_another_vote_is_an_addition():
    assert "13" in _added([OLDER])


def test_the_margin_alone_still_leaves_out_the_tally():
    # how many voted each way is not told by the margin (the keys of invented dev d247 and
    # t273: "the Progressive gives only the margin", a keyed omission)
    assert {"27", "14"} & _left_out([MARGIN])


def test_near_miss_an_outlet_without_the_vote_leaves_the_tally_out():
    assert {"27", "14"} & _left_out([])


# A tally named as such, with no vote word (coverage._tallies, rules/coverage.TALLY_NOUN):
# one side the same, the other told otherwise, is the same vote (held-out d240: "by 112
# votes to 87" beside "The final tally was 112 to 78"), never a figure left out.
TALLIED = "The final tally was 27 to 11, council officials said."
# near miss: a range, not a tally ("fell from 27 to 16", one side and the total as the
# vote's): no vote told
RANGE = "The tally of market stalls fell from 27 to 16 over the summer."


def test_a_tally_without_a_vote_word_does_not_leave_out_the_vote():
    assert "14" not in _left_out([TALLIED])


def test_near_miss_a_range_after_from_is_no_tally():
    assert "14" in _left_out([RANGE])


# A partial election count ("With 94 percent of ballots counted, ...") is superseded by an
# outlet giving the final result with a share (coverage._final_count_told; held-out t144):
# its figures are not left out there. Near misses: an outlet that only promises the final
# result ("final results would be published on Friday"), and one with no count at all.
R_LEDE = "Voters in Orvenland on Sunday backed a plan to merge the country's two rail companies."
R_PARTIAL = "With 94 percent of ballots counted, 55.8 percent had voted Yes and 44.2 percent No."
R_MINISTER = "Transport Minister Ilka Brannstad said the merger would be completed by the spring."
R_FINAL = "Final results published on Tuesday showed that 55.1 percent of voters backed the merger."
R_PROMISE = "The electoral board said final results would be published on Friday."
# Quarn Voice's own lede on the count (it tells that part of the story: coverage._told)
R_COUNTED = "Most Orvenlanders voted Yes, as ballots counted overnight showed."


def _vote_ctx(own: list[str]):
    texts = [[R_LEDE, R_PARTIAL, R_MINISTER, *_colour("Brisk")],
             [R_LEDE, R_PARTIAL, R_MINISTER, *_colour("Tollen")],
             [R_LEDE, R_PARTIAL, R_MINISTER, *_colour("Varde")],
             [R_LEDE, R_COUNTED, R_MINISTER, *own, *_colour("Quarn")]]
    ctx = support.verbatim_context(texts, OUTLETS, Options(fact_coverage=True))
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == "Quarn Voice"}


def test_the_final_result_supersedes_the_partial_count():
    assert not {"94 percent", "44.2 percent", "55.8 percent"} & _vote_ctx([R_FINAL])


def test_near_miss_a_promised_final_result_leaves_the_partial_count_out():
    assert {"94 percent", "44.2 percent", "55.8 percent"} & _vote_ctx([R_PROMISE])


def test_near_miss_no_count_at_all_leaves_it_out():
    assert {"94 percent", "44.2 percent", "55.8 percent"} & _vote_ctx([])
