"""Session 26: findings that compare the articles as tellings of one event leave out the
article the story warning names as another (``pipeline._set_apart``,
``rules/story_warning.ONE_EVENT_TYPES``), and the output says so (``Provenance.left_out``).

Session 25's held-out t139: a fact_conflict set the bus network's "350,000 passengers"
against the off-story rail ballot's "180,000 passengers a day", another service. Kept: the
article itself, name variants (a spelling to check whatever the event), shared quotes and
shared sources (evidence the pieces are tied).

Invented: the Velmark vote-buying raid of ``test_story_strays_things`` (three outlets) and
the town council's ice-rink closure 12 days later, which the warning names; the rink piece
gives the town's bus network another daily ridership than the others.
"""

from __future__ import annotations

import pytest
from test_story_strays_things import DATES, LATER, LEFT, RIGHT, RINK, WIRE

from storylens.models import Article, Finding, Provenance, Span
from storylens.options import Options
from storylens.pipeline import _cited, _set_apart, compare_articles

PROV = Provenance({}, None, {}, "", "warning")


def _f(kind: str, *sids: str, **detail) -> Finding:
    return Finding(kind, tuple(sids), f"{kind} {sids}", dict(detail))


# (finding, left out when a4 is named)
CASES = {
    "a conflict citing it": (_f("fact_conflict", "a1:s2", "a4:s6"), True),
    "a conflict of the others": (_f("fact_conflict", "a1:s2", "a2:s3"), False),
    "a changed quote citing it": (_f("quote_changed", "a4:s1", "a3:s1"), True),
    "framing citing it": (_f("framing", "a2:s0", "a4:s0"), True),
    "its omission (no sentence of it)": (_f("omission", "a1:s3", article="a4"), True),
    "an omission of another": (_f("omission", "a1:s3", article="a2"), False),
    "its addition": (_f("addition", "a4:s2", article="a4"), True),
    "a span in it only": (Finding("fact_conflict", ("a1:s2",), "x", {}, 1.0, (Span("a4:s6", 0, 3),)), True),
    # near misses: kinds that do not assume one event
    "a name variant": (_f("name_variant", "a1:s0", "a4:s1"), False),
    "a shared quote": (_f("shared_quote", "a1:s2", "a4:s2"), False),
    "a shared source": (_f("shared_source", "a1:s1", "a4:s1"), False),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_one_event_finding_citing_the_named_article_is_left_out(name):
    f, out = CASES[name]
    kept, prov = _set_apart([f], PROV, {"a4"}, 4)
    assert (f not in kept) is out
    assert prov.left_out is not None and prov.left_out.articles == ("a4",)
    assert prov.left_out.count == int(out)
    assert prov.left_out.by_type == ({f.type: 1} if out else {})
    assert "one event" in prov.left_out.reason


def test_nothing_is_left_out_where_none_or_every_article_is_named():
    fs = [f for f, _ in CASES.values()]
    assert _set_apart(fs, PROV, set(), 4) == (fs, PROV)
    assert _set_apart(fs, PROV, {"a1", "a2", "a3", "a4"}, 4) == (fs, PROV)


def test_cited_reads_sentences_spans_and_the_omitting_article():
    assert _cited(_f("omission", "a1:s3", article="a4")) == {"a1", "a4"}
    assert _cited(CASES["a span in it only"][0]) == {"a1", "a4"}


BUS_OTHERS = "The town's bus network carries about 35,000 passengers a day."
BUS_RINK = ("Skaters will have to use the town's bus network, which carries about 18,000 "
            "passengers a day, to reach Orsk.")


def story(rink=RINK, published=None) -> list[Article]:
    stories = [(WIRE[0], [*WIRE[1], BUS_OTHERS]), (LEFT[0], [*LEFT[1], BUS_OTHERS]), RIGHT,
               (rink[0], [*rink[1], BUS_RINK])]
    published = published or [*DATES, LATER]
    return [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", title=title,
                    published=published[i], text="\n\n".join(paras))
            for i, (title, paras) in enumerate(stories)]


def test_the_named_pieces_ridership_is_set_against_no_one():
    comp = compare_articles(story(), Options(fact_conflicts=True))
    assert "a4 (Outlet D" in (comp.provenance.warning or "")
    cited = [_cited(f) for f in comp.findings if f.type == "fact_conflict"]
    assert cited and all("a4" not in c for c in cited)  # the others' conflicts stay
    lo = comp.provenance.left_out
    assert lo is not None and lo.articles == ("a4",) and lo.by_type == {"fact_conflict": 1}
    assert [d.id for d in comp.documents] == ["a1", "a2", "a3", "a4"]  # the article stays


def test_near_miss_within_the_window_the_conflict_stays():
    """Dated with the others, the rink piece is not named: its figure is set against theirs
    as before."""
    comp = compare_articles(story(published=[*DATES, "2026-03-16"]), Options(fact_conflicts=True))
    assert comp.provenance.left_out is None
    assert any("a4" in _cited(f) for f in comp.findings if f.type == "fact_conflict")


# review26w: a named piece's own value beside a conflict of the others' (35,200 / 38,400)
# made that conflict one citing it, and the whole finding was left out
BUS_A = "The town's bus network carries 35,200 passengers a day."
BUS_C = "The town's bus network carries 38,400 passengers a day."
BUS_D = ("Skaters will have to use the town's bus network, which carries 18,000 passengers a "
         "day, to reach Orsk.")


def _with(lines: list[list[str]]) -> list[Article]:
    return [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", title=title,
                    published=[*DATES, LATER][i], text="\n\n".join([*paras, *extra]))
            for i, ((title, paras), extra) in enumerate(zip([WIRE, LEFT, RIGHT, RINK], lines, strict=True))]


@pytest.mark.parametrize("named_line", [[BUS_D], []], ids=["a named value of its own", "none (near miss)"])
def test_the_others_conflict_stays_beside_a_named_value(named_line):
    comp = compare_articles(_with([[BUS_A], [BUS_A], [BUS_C], named_line]), Options(fact_conflicts=True))
    assert "a4 (Outlet D" in (comp.provenance.warning or "")
    bus = [f for f in comp.findings if f.type == "fact_conflict" and "passengers" in f.summary]
    assert [sorted(_cited(f)) for f in bus] == [["a1", "a2", "a3"]]
    assert "Outlet D" not in bus[0].summary
    # the conflict that set the named piece's value against theirs is left out, and counted
    assert comp.provenance.left_out.count == (1 if named_line else 0)


# review26s: a split (``coverage.story_parts``: the kept articles fall into groups with no tie
# between them, two stories run as one) sets one group's article against another group's
# in the same findings; they are left out in the same record, those within a group stay.
# Invented: the Keldan ferry grounding told by a1, a2 and a3, the Lumera film prize by a4
# and a5 (``test_story_strays_split``).
GROUPS = (("a1", "a2", "a3"), ("a4", "a5"))
SPLIT_CASES = {
    "a conflict within the ferry's group": (_f("fact_conflict", "a1:s0", "a2:s0"), False),
    "a conflict within the film's group": (_f("fact_conflict", "a4:s2", "a5:s1"), False),
    "a conflict across the groups": (_f("fact_conflict", "a1:s0", "a4:s2"), True),
    "an omission within a group": (_f("omission", "a1:s3", article="a3"), False),
    "an omission across the groups (no sentence of it)": (_f("omission", "a1:s0", article="a5"), True),
    "a changed quote across the groups": (_f("quote_changed", "a2:s1", "a5:s1"), True),
    "framing across three articles": (_f("framing", "a1:s0", "a2:s0", "a4:s0"), True),
    "a span in the other group": (Finding("framing", ("a4:s0",), "x", {}, 1.0, (Span("a2:s1", 0, 3),)), True),
    "an addition of one article": (_f("addition", "a4:s3", article="a4"), False),
    # near misses: kinds that do not assume one event
    "a name variant across the groups": (_f("name_variant", "a1:s1", "a5:s2"), False),
    "a shared quote across the groups": (_f("shared_quote", "a2:s1", "a4:s1"), False),
}


@pytest.mark.parametrize("name", list(SPLIT_CASES))
def test_a_one_event_finding_across_a_splits_groups_is_left_out(name):
    f, out = SPLIT_CASES[name]
    kept, prov = _set_apart([f], PROV, set(), 5, GROUPS)
    assert (f not in kept) is out
    lo = prov.left_out
    assert lo is not None and lo.count == int(out) and lo.by_type == ({f.type: 1} if out else {})
    assert lo.articles == ("a1", "a2", "a3", "a4", "a5")
    assert "across the story's 2 groups" in lo.reason


def test_a_split_and_a_named_article_are_left_out_in_one_record():
    named = _f("fact_conflict", "a1:s0", "a6:s2")
    across = SPLIT_CASES["a conflict across the groups"][0]
    within = SPLIT_CASES["a conflict within the ferry's group"][0]
    kept, prov = _set_apart([named, across, within], PROV, {"a6"}, 6, GROUPS)
    assert kept == [within]
    lo = prov.left_out
    assert lo.count == 2 and lo.by_type == {"fact_conflict": 2}
    assert lo.articles == ("a1", "a2", "a3", "a4", "a5", "a6")
    assert "another story or event" in lo.reason and "across the story's 2 groups" in lo.reason


def test_no_split_leaves_nothing_out():
    fs = [f for f, _ in SPLIT_CASES.values()]
    assert _set_apart(fs, PROV, set(), 5, ()) == (fs, PROV)
    assert _set_apart(fs, PROV, set(), 5, (GROUPS[0],)) == (fs, PROV)


def test_the_film_piece_leaves_out_no_ferry_figure():
    """End to end: the ferry told by three outlets, the film prize by two, run as one; the
    film piece "leaving out" the ferry's 212 passengers (an omission across the groups) is
    left out and counted on the left-out line."""
    from test_story_strays_split import FERRY_A, FERRY_B, FILM_A, FILM_B

    from storylens.report.terminal import left_out_line

    ferry_c = ("Keldan ferry grounding: passengers praise crew", [
        "All 212 passengers of the Marisol Star were rescued after the Nordhav Lines ferry ran "
        "aground off Keldan on Sunday evening.",
        "Captain Ilka Brandvold kept the ship upright until the last lifeboat left, passengers said.",
        "The Velsar coast guard sent two helicopters from the mainland.",
        "Nordhav Lines said the crossing from Port Amsel would resume on Friday.",
    ])
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCDE'[i]}", title=title,
                    published="2026-05-10", text="\n\n".join(paras))
            for i, (title, paras) in enumerate([FERRY_A, FERRY_B, ferry_c, FILM_A, FILM_B])]
    comp = compare_articles(arts, Options(fact_coverage=True, additions=True))
    assert "may be 2 stories run as one" in comp.provenance.warning
    for f in comp.findings:
        if f.type in ("omission", "fact_conflict", "quote_changed", "framing"):
            cited = _cited(f)
            assert cited <= {"a1", "a2", "a3"} or cited <= {"a4", "a5"}
    lo = comp.provenance.left_out
    assert lo.by_type == {"omission": 1}
    assert "across the story's 2 groups" in left_out_line(comp.provenance)
