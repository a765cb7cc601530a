"""Near misses of the session-16 name rules found in review (review16d), on invented text:

- two rivers (glaciers, dams) of one kind whose names share a first letter and differ by
  two letters inside ("the Strena river" / "the Strava river") are two places: the kind
  noun ties only a definite suffix ("Skarvbreen" / "Skarvbre") or one edit.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post"]


def _variants(a: list[str], b: list[str]):
    return find_name_variants(support.verbatim_context([a, b], OUTLETS))


KIND_NOUN = [
    pytest.param(["Floods swept villages along the Strena river on Monday.",
                  "Three people died in the town of Orvik."],
                 ["Farms along the Strava river were under water on Tuesday.",
                  "The army sent boats to the valley."],
                 None, id="two-rivers-two-letters-apart"),
    pytest.param(["Engineers opened the gates of the Tolmina dam at noon."],
                 ["Engineers inspected the Tolvira dam downstream on Sunday."],
                 None, id="two-dams-two-letters-apart"),
    # still found: a definite suffix, one edit
    pytest.param(["The helicopter crashed near the Skarvbreen glacier on Monday."],
                 ["Residents near the Skarvbre glacier said the flights were too low."],
                 {"Skarvbreen", "Skarvbre"}, id="a-definite-suffix"),
    pytest.param(["The ice of the Orteratsch glacier retreated 30 metres this year."],
                 ["The ice of the Orterasch glacier retreated fast, scientists said."],
                 {"Orteratsch", "Orterasch"}, id="one-letter-dropped"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), KIND_NOUN)
def test_kind_noun_ties_a_suffix_or_one_edit(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
