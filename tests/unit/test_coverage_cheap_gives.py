"""The coverage index answers "which articles give this figure" for every article at once
(``_Index.cheap_carriers``); it must agree with asking each article in turn
(``_Index.gives_value`` and ``_Index.gives``). Invented outlets and figures, with the
near misses the per-article rules tell apart: a rounder value, a value of another
measure, a year beside a figure, and a share written in words."""

from __future__ import annotations

import support

from storylens.findings import coverage as C

STORY = [
    ("a1", "Outlet A", ["The Norrvik council said 63,175 residents were moved from the quay.",
                        "The new pier cost 4.5 million crowns and took 18 months to build.",
                        "Turnout fell by 50% in the harbour ward."]),
    # a rounder value of the same measure: gives the figure
    ("a2", "Outlet B", ["An estimated 63,000 residents were moved from the Norrvik quay.",
                        "Turnout in the harbour ward fell by half."]),
    # the same digits as another measure, and a year near the figure: does not give it
    ("a3", "Outlet C", ["A 2018 analysis found 500 grams of silt per litre near the quay.",
                        "The pier cost 4.5 million crowns, officials said."]),
    ("a4", "Outlet D", ["Harbour staff weighed 500 milligrams of silt at the pier.",
                        "Some 63,175 people live along the Norrvik shore."]),
]


def test_cheap_carriers_agree_with_each_article():
    docs = [support.make_doc(a, o, s) for a, o, s in STORY]
    idx = C._Index(docs)
    ids = [d.id for d in docs]
    checked = 0
    for d in docs:
        for f in C.facts_of(d):
            cheap = idx.cheap_carriers(f)
            if cheap is None or f.kind in ("quote", "person", "org"):
                continue
            _, given, gives = cheap
            assert given == {a for a in ids if idx.gives_value(a, f)}, f
            assert gives == {a for a in ids if idx.gives(a, f)}, f
            checked += 1
    assert checked >= 5


def test_a_dense_table_of_figures_agrees_too():
    """An article that lists many close figures (a register of 100 plot sizes, 4,800 to
    4,899 square metres) puts more than ``_WINDOW_WALK`` values in a figure's 5% window:
    the index then asks each article instead of walking the window value by value (which
    was quadratic in such a table: benchmarks/hostile.py "ids"). The answers are the
    same; the near misses (a rounder 4,800 in another article, a figure of another
    measure, an article without the measure) keep theirs."""
    table = " ".join(f"{4800 + i} square metres" for i in range(100))
    story = [
        ("t1", "Outlet A", [f"The Norrvik land register lists plots of {table}.",
                            "The harbour plot covers 4,855 square metres, the council said."]),
        ("t2", "Outlet B", ["The harbour plot covers about 4,800 square metres."]),
        ("t3", "Outlet C", ["The harbour plot cost 4,855 crowns a year to lease."]),
        ("t4", "Outlet D", ["The council met on Tuesday to discuss the harbour plot."]),
    ]
    docs = [support.make_doc(a, o, s) for a, o, s in story]
    idx = C._Index(docs)
    ids = [d.id for d in docs]
    dense = checked = 0
    for d in docs:
        for f in C.facts_of(d):
            cheap = idx.cheap_carriers(f)
            if cheap is None or f.kind in ("quote", "person", "org"):
                continue
            v = C._number(f)
            window = idx._value_idx.get(f.family or f.kind, [])
            if v is not None and sum(abs(x - v) <= C.NUMBER_TOLERANCE * max(abs(v), 1) for x, _ in window) > C._WINDOW_WALK:
                dense += 1
            _, given, gives = cheap
            assert given == {a for a in ids if idx.gives_value(a, f)}, f
            assert gives == {a for a in ids if idx.gives(a, f)}, f
            checked += 1
    assert dense >= 1 and checked >= 3, (dense, checked)
