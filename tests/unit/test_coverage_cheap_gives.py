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
