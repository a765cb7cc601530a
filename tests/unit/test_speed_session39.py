"""Session 39 (speed39): pure-speed memos of the omission finder, each asked to give the
answers it gave before, on new invented text (fictional places, outlets and people).

``coverage._told_elsewhere_as`` asks ``_recounts`` of each other giver's telling of an
omission candidate's figure, with the givers less that telling's article: the same set
of givers comes in another order for each candidate of one fact (each giver's own copy),
and the answer was kept under the tuple, so it was made again (~19,000 asks of ~1,200
answers on the 50-article story of benchmarks/compare.py). It is now kept under the set:
``_recounts`` reads its givers only as a set. Likewise ``_anchored_dispute`` of one
telling and one omitting article (~23,000 asks of ~1,700 answers) is kept per context.
"""

from __future__ import annotations

import itertools

import support

from storylens.findings import coverage
from storylens.findings.coverage import find_omissions
from storylens.options import Options

OUTLETS = ["Kessel Tribune", "Marrow Dispatch", "Ostby Chronicle", "Wenlow Echo"]
FLOOD = ("Floodwater from the swollen River Ambel forced the evacuation of 420 residents of Dunmere "
         "on Saturday, the county said.")
ANGER = "Anger grew on Sunday after floodwater from the River Ambel drove 420 people from Dunmere."
ROSE = "The number of people moved out of Dunmere by the River Ambel floods rose to 610 on Sunday."
WITHOUT = "Anger grew on Sunday after floodwater from the River Ambel reached Dunmere."
LEVEE = "The Dunmere embankment, raised in 1974, had never been overtopped before."
SATURDAY, SUNDAY = "2026-03-07T18:00:00Z", "2026-03-08T18:00:00Z"


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [f"Shops in {town} sold out of sandbags by noon.",
            f"A bus company in {town} lent two coaches to the rescue.",
            f"Farmers near {town} moved cattle to higher fields.",
            f"Schools in {town} opened their halls to families.",
            f"The mayor of {town} thanked the volunteers."]


def _context(own: str, days: tuple[str, ...]):
    texts = [[FLOOD, LEVEE, *_colour("Kessel")],
             [ANGER, LEVEE, *_colour("Marrow")],
             [ANGER, LEVEE, FLOOD, *_colour("Ostby")],
             [own, LEVEE, *_colour("Wenlow")]]
    return support.verbatim_context(texts, OUTLETS, Options(fact_coverage=True), published=days,
                                    edited=[(ANGER, own)])


CASES = [
    # (the fourth outlet's line, its day, the figure it is said to leave out or None)
    (ROSE, SUNDAY, None),  # a later running count of a giver's sentence: no omission
    (ROSE, SATURDAY, "420"),  # near miss: a count of the claim's own day leaves the claim out
    (WITHOUT, SUNDAY, "420"),  # near miss: a later outlet without the count leaves it out
]


def _omitted(ctx) -> set[str]:
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == "Wenlow Echo"}


def test_omissions_as_before_and_each_answer_made_once(monkeypatch):
    recounts, anchored = coverage._recounts, coverage._anchored_dispute
    for own, day, left in CASES:
        asked: dict[str, list] = {"recounts": [], "anchored": []}

        def counted_recounts(ctx, f, missing, givers=(), asked=asked):
            if isinstance(missing, tuple):  # _told_elsewhere_as's asks (the loop's is a list)
                asked["recounts"].append((f, missing, frozenset(givers)))
                # the answer reads the givers as a set: any order gives it
                for order in itertools.islice(itertools.permutations(givers), 3):
                    assert recounts(ctx, f, missing, order) == recounts(ctx, f, missing, givers)
            return recounts(ctx, f, missing, givers)

        def counted_anchored(ctx, f, others, asked=asked):
            if isinstance(others, tuple):  # the omission's asks of one article
                asked["anchored"].append((f, others))
            return anchored(ctx, f, others)

        monkeypatch.setattr(coverage, "_recounts", counted_recounts)
        monkeypatch.setattr(coverage, "_anchored_dispute", counted_anchored)
        got = _omitted(_context(own, (SATURDAY, SUNDAY, SUNDAY, day)))
        monkeypatch.setattr(coverage, "_recounts", recounts)
        monkeypatch.setattr(coverage, "_anchored_dispute", anchored)
        assert ("420" in got) is (left == "420"), (own, day, got)
        for name, keys in asked.items():
            assert len(keys) == len(set(keys)), (name, own, day)
        if own is WITHOUT:
            assert asked["recounts"] and asked["anchored"]  # the memos were read


def test_the_memos_answer_as_a_fresh_context():
    for own, day, left in CASES:
        once = _omitted(_context(own, (SATURDAY, SUNDAY, SUNDAY, day)))
        ctx = _context(own, (SATURDAY, SUNDAY, SUNDAY, day))
        assert _omitted(ctx) == once
        coverage._classify(ctx)  # asked again on the same context: from the memos
        assert _omitted(ctx) == once
        assert ("420" in once) is (left == "420")


def test_told_elsewhere_asks_recounts_once_per_set_of_givers(monkeypatch):
    ctx = _context(WITHOUT, (SATURDAY, SUNDAY, SUNDAY, SUNDAY))
    carried, _ = coverage.carried_facts(ctx)
    tellings: dict = {}
    for c in carried:
        if c.fact.kind not in ("quote", "person", "org"):
            tellings.setdefault((c.fact.kind, c.fact.key), []).append(c.fact)
    fact = next(c.fact for c in carried if c.fact.text == "420" and c.fact.article == "a1")
    givers = ["a1", "a2", "a3"]
    recounts, asked = coverage._recounts, []

    def counted(ctx, f, missing, givers=()):
        asked.append(tuple(givers))
        return recounts(ctx, f, missing, givers)

    monkeypatch.setattr(coverage, "_recounts", counted)
    first = coverage._told_elsewhere_as(ctx, fact, "a4", givers, tellings)
    n = len(asked)
    assert n  # the other givers' tellings were read
    for order in itertools.permutations(givers):
        assert coverage._told_elsewhere_as(ctx, fact, "a4", list(order), tellings) is first
    assert len(asked) == n  # each answer kept under the set of givers, not their order
    assert first is False  # the outlet gives no count of its own: the figure is left out
