"""Review 28n of names28's ``name.accent-agreed``, on invented text (fictional people,
places and outlets): the agreement that shows a dropped accent is between outlets, so two
pieces of one desk that drops accents as its style are that style twice, not two outlets
agreeing; three distinct outlets still show it."""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings.names import find_name_variants


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


MARKED = ["Judge Hanna Vesková opened the hearing in Dorvat on Monday.",
          "The court will sit again in May, the clerk said."]
PLAIN_1 = ["Judge Hanna Veskova opened the hearing on Monday.",
           "Defence lawyer Tomas Ferrel said his client would appeal."]
PLAIN_2 = ["Hanna Veskova, the judge, heard the first witness on Monday.",
           "The hearing resumes in May."]


MARKED_2 = [s.replace("Veskova", "Vesková") for s in PLAIN_2]


@pytest.mark.parametrize("arts, outlets, rule", [
    # one desk's two pieces: its house style twice, no agreement (hidden, as one page
    # against one)
    pytest.param([MARKED, PLAIN_1, PLAIN_2], ["Orm Daily", "Vell Post", "Vell Post"],
                 "name.accents", id="one-desk-drops-twice"),
    pytest.param([MARKED, MARKED_2, PLAIN_1], ["Orm Daily", "Orm Daily", "Vell Post"],
                 "name.accents", id="one-desk-keeps-twice"),
    # near misses: three desks, two agreeing against the odd one (shown)
    pytest.param([MARKED, PLAIN_1, PLAIN_2], ["Orm Daily", "Vell Post", "Tarn Herald"],
                 "name.accent-agreed", id="three-desks"),
    pytest.param([MARKED, PLAIN_1, PLAIN_2, MARKED_2],
                 ["Orm Daily", "Vell Post", "Vell Post", "Tarn Herald"],
                 "name.accent-agreed", id="two-desks-against-one-twice"),
])
def test_agreement_is_counted_by_outlet(arts, outlets, rule):
    ctx = support.verbatim_context(arts, outlets)
    (f,) = find_name_variants(ctx)
    assert f.detail["rule"] == rule
    assert (f.confidence >= 0.5) == (rule == "name.accent-agreed")
